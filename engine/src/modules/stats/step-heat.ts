import type { StepHeat, StepHeatAnswer, StepHeatQuery } from '@careflow/contracts';
import { And, DataSource, IsNull, LessThan, MoreThanOrEqual, Not } from 'typeorm';
import { errors } from '../../http/errors';
import { daySpan } from '../../local-time';
import { HistoricActivityInstance, OperatonHistory } from '../../operaton/history';
import type { OperatonRest } from '../../operaton/rest';
import { CaseEntity } from '../cases/entities';
import { ServiceTypeEntity, ServiceTypeVersionEntity } from '../service-types/entities';
import { TaskEntity } from '../tasks/entities';
import { chunks } from '../../lists';

type StepRun = Pick<HistoricActivityInstance, 'processInstanceId' | 'activityId' | 'activityName' | 'activityType' | 'endTime' | 'durationInMillis'>;

const PAGE = 2_000;

/**
 * The SLA heat of a service type's process: per step, the runs of the cases opened in a period, from
 * the process engine's history (every version of the process), and the late tasks from the task list.
 * Only this CareFlow's cases count: another's on the same process engine are not read as ours.
 */
export class StepHeatReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rest: OperatonRest,
    private readonly timeZone: string,
    /** At most this many step runs are read per answer (the most recent): a busy year would otherwise be read whole. */
    private readonly maxRuns = 50_000,
  ) {}

  async read(serviceTypeKey: string, query: StepHeatQuery, now = new Date()): Promise<StepHeatAnswer> {
    const processKeys = await this.processKeys(serviceTypeKey);
    const { since, until } = daySpan(query.from, query.to, this.timeZone);
    const cases = await this.dataSource
      .getRepository(CaseEntity)
      .find({ where: { serviceTypeKey, openedAt: And(MoreThanOrEqual(since), LessThan(until)), processInstanceKey: Not(IsNull()) }, select: { id: true, processInstanceKey: true } });
    const instances = new Set(cases.map((c) => c.processInstanceKey!));
    const empty = { processKey: processKeys[0] ?? '', from: query.from, to: query.to, instances: instances.size, steps: [], sampled: false };
    if (instances.size === 0) return empty;
    const definitionIds = await this.definitionsOf([...instances]);
    // Runs of these cases start once they are opened; later steps may start after the period.
    const { runs, sampled } = await this.runs(definitionIds, new Date(since.getTime() - 1), instances);
    const overdue = await this.overdue(cases.map((c) => c.id), now);
    return { ...empty, steps: stepsOf(runs, overdue), sampled };
  }

  /** The process ids the type's versions were deployed under, the newest version's first (a redrawn process may rename its id). */
  private async processKeys(serviceTypeKey: string): Promise<string[]> {
    if (!(await this.dataSource.getRepository(ServiceTypeEntity).existsBy({ key: serviceTypeKey }))) throw errors.notFound(`Service type ${serviceTypeKey}`);
    const versions = await this.dataSource.getRepository(ServiceTypeVersionEntity).find({ where: { typeKey: serviceTypeKey, bpmnProcessId: Not(IsNull()) }, select: { bpmnProcessId: true }, order: { version: 'DESC' } });
    return [...new Set(versions.map((v) => v.bpmnProcessId!))];
  }

  /**
   * The definitions these cases run on: only their versions are read (an engine may hold hundreds of
   * versions of a key, each a history query of its own).
   */
  private async definitionsOf(instanceIds: string[]): Promise<string[]> {
    const ids = new Set<string>();
    const history = new OperatonHistory(this.rest);
    for (const slice of chunks(instanceIds, 500)) for (const instance of await history.instancesOf(slice)) ids.add(instance.processDefinitionId);
    return [...ids];
  }

  /** The step runs of these definitions since `startedAfter` that belong to the given process instances, newest first, up to maxRuns. */
  private async runs(definitionIds: string[], startedAfter: Date, instances: Set<string>): Promise<{ runs: StepRun[]; sampled: boolean }> {
    const runs: StepRun[] = [];
    for (const processDefinitionId of definitionIds) {
      for (let first = 0; ; first += PAGE) {
        const page = await new OperatonHistory(this.rest).definitionRuns(processDefinitionId, startedAfter, first, PAGE);
        runs.push(...page.filter((run) => instances.has(run.processInstanceId)));
        if (runs.length >= this.maxRuns) return { runs: runs.slice(0, this.maxRuns), sampled: true };
        if (page.length < PAGE) break;
      }
    }
    return { runs, sampled: false };
  }

  /** Per step: the cases' tasks done after their due time or still open past it. */
  private async overdue(caseIds: string[], now: Date): Promise<Map<string, number>> {
    const late = new Map<string, number>();
    // In slices: a month of a busy type is thousands of cases, more than a database takes in one IN list.
    for (const slice of chunks(caseIds, 500)) {
      const rows: { elementId: string; late: string | number }[] = await this.dataSource
        .getRepository(TaskEntity)
        .createQueryBuilder('t')
        .select('t.elementId', 'elementId')
        .addSelect('COUNT(*)', 'late')
        .where('t.caseId IN (:...caseIds) AND t.dueAt IS NOT NULL', { caseIds: slice })
        .andWhere("((t.status = 'completed' AND t.completedAt > t.dueAt) OR (t.status = 'created' AND t.dueAt < :now))", { now })
        .groupBy('t.elementId')
        .getRawMany();
      for (const r of rows) late.set(r.elementId, (late.get(r.elementId) ?? 0) + Number(r.late));
    }
    return late;
  }
}

/** Runs grouped by step: ended and open counts, the median and p90 of the ended runs' durations, seconds. */
function stepsOf(runs: StepRun[], overdue: Map<string, number>): StepHeat[] {
  const byStep = new Map<string, { name: string | null; type: string; open: number; durations: number[] }>();
  for (const run of runs) {
    const step = byStep.get(run.activityId) ?? { name: run.activityName, type: run.activityType, open: 0, durations: [] };
    if (run.endTime === null) step.open += 1;
    else step.durations.push((run.durationInMillis ?? 0) / 1000);
    byStep.set(run.activityId, step);
  }
  return [...byStep.entries()]
    .map(([elementId, s]) => {
      const sorted = s.durations.sort((a, b) => a - b);
      return { elementId, name: s.name, type: s.type, passed: sorted.length, open: s.open, medianSec: percentile(sorted, 0.5), p90Sec: percentile(sorted, 0.9), overdue: overdue.get(elementId) ?? 0 };
    })
    .sort((a, b) => a.elementId.localeCompare(b.elementId));
}

/** The nearest-rank percentile of ascending values (as the case report's p90), rounded to the second; null of none. */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return Math.round(sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]);
}
