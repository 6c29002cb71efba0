import { DataSource, In, LessThan, Repository } from 'typeorm';
import { Logger } from 'pino';
import { asRow } from '../../db/columns';
import { OperationalError } from '../../http/errors';
import { LiveEvents } from '../../live/events';
import { OperatonHistory } from '../../operaton/history';
import { OperatonIncidents } from '../../operaton/incidents';
import { historicInstancesByBusinessKey, historicInstancesByIds, startProcessInstance } from '../../operaton/instances';
import { OperatonRest } from '../../operaton/rest';
import { Case, CaseEntity } from '../cases/entities';
import { CaseTimeline } from '../cases/timeline';
import { Handover, HandoverEntity, HandoverSource, HandoverSourceEntity, ReportState } from './entities';
import { REPORT_PROCESS_KEY, reportDefinition, ReportRetries, REPORTED_END } from './report-process';
import { reportVariables, resultOf } from './report-request';

const BATCH = 20;
/** A claim older than this (a node died between claiming and recording the start) is looked up and taken over. */
const STARTING_LEASE_MS = 120_000;

/**
 * Posts each ended 转办件 case's result back to its source: a `handover-report` instance per case
 * (the HTTP connector: retries, backoff, an incident when they run out), then 已回传 / 回传失败 on
 * the case's timeline as the instance ends or raises an incident. The rows are the queue: a node
 * that dies mid-way leaves them for the next round of any node.
 */
export class HandoverReporter {
  private readonly rows: Repository<Handover>;
  private definitionId: string | null = null;
  private readonly incidents: OperatonIncidents;
  private readonly history: OperatonHistory;

  constructor(
    private readonly dataSource: DataSource,
    private readonly rest: OperatonRest,
    private readonly timeline: CaseTimeline,
    private readonly live: LiveEvents,
    private readonly logger: Logger,
    private readonly settings: ReportRetries,
  ) {
    this.rows = dataSource.getRepository(HandoverEntity);
    this.incidents = new OperatonIncidents(rest);
    this.history = new OperatonHistory(rest);
  }

  /** One round: start the reports of ended cases, then follow the running ones. 'busy' when there may be more. */
  async runOnce(): Promise<'busy' | 'idle' | 'down'> {
    try {
      const started = await this.startDue();
      await this.follow();
      return started >= BATCH ? 'busy' : 'idle';
    } catch (error) {
      if (error instanceof OperationalError) return 'down';
      throw error;
    }
  }

  private async startDue(): Promise<number> {
    const waiting = await this.rows
      .createQueryBuilder('h')
      .innerJoin(CaseEntity.options.name, 'c', 'c.id = h.case_id')
      .where('h.report_state = :waiting AND c.status IN (:...ended)', { waiting: 'waiting', ended: ['closed', 'canceled'] })
      .orWhere('h.report_state = :starting AND h.report_checked_at < :stale', { starting: 'starting', stale: new Date(Date.now() - STARTING_LEASE_MS) })
      .orderBy('h.created_at', 'ASC')
      .take(BATCH)
      .getMany();
    for (const row of waiting) await this.startOne(row);
    return waiting.length;
  }

  private async startOne(row: Handover): Promise<void> {
    const now = new Date();
    // One node takes the row; the reference is let go with it (a repeat from now on opens a new case).
    const claim = row.reportState === 'waiting' ? { reportState: 'waiting' as const } : { reportState: 'starting' as const, reportCheckedAt: LessThan(new Date(now.getTime() - STARTING_LEASE_MS)) };
    const { affected } = await this.rows.update({ id: row.id, ...claim }, asRow<Handover>({ reportState: 'starting', reportCheckedAt: now, openReference: null }));
    if (affected !== 1) return;
    const [found, source] = await Promise.all([this.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: row.caseId }), this.dataSource.getRepository(HandoverSourceEntity).findOneBy({ code: row.source })]);
    if (!source?.callbackUrl) {
      await this.settle(row, found, 'skipped', 'handover.report_skipped', { reason: source ? 'the source has no callback URL' : `no source ${row.source}` });
      return;
    }
    try {
      // A claim taken over: the earlier node may have started the report before it died.
      const earlier = row.reportState === 'starting' ? (await historicInstancesByBusinessKey(this.rest, found.caseNumber, REPORT_PROCESS_KEY)).at(-1) : undefined;
      const instanceId = earlier?.id ?? (await this.start(found, row, source));
      await this.rows.update({ id: row.id, reportState: 'starting' }, asRow<Handover>({ reportState: 'started', reportInstanceId: instanceId, reportCheckedAt: new Date() }));
    } catch (error) {
      await this.rows.update({ id: row.id, reportState: 'starting' }, asRow<Handover>({ reportState: 'waiting' }));
      throw error;
    }
  }

  private async start(found: Case, row: Handover, source: HandoverSource): Promise<string> {
    this.definitionId ??= await reportDefinition(this.rest, this.settings);
    const variables = reportVariables(row, source, found, await resultOf(this.rest, found));
    const instance = await startProcessInstance(this.rest, { definitionId: this.definitionId }, { businessKey: found.caseNumber, variables });
    return instance.id;
  }

  /** Running reports: ended (已回传 or refused), or out of retries (an incident: 回传失败, until a retry succeeds). */
  private async follow(): Promise<void> {
    const running = await this.rows.find({ where: { reportState: In(['started', 'incident']) }, order: { reportCheckedAt: 'ASC' }, take: BATCH });
    if (running.length === 0) return;
    const instances = new Map((await historicInstancesByIds(this.rest, running.map((r) => r.reportInstanceId ?? ''))).map((i) => [i.id, i]));
    for (const row of running) {
      const instance = instances.get(row.reportInstanceId ?? '');
      const found = await this.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: row.caseId });
      if (instance?.endTime) {
        const ends = (await this.history.activityInstances(instance.id)).filter((a) => a.activityType === 'noneEndEvent');
        if (ends.some((a) => a.activityId === REPORTED_END)) await this.settle(row, found, 'reported', 'handover.reported', { instanceId: instance.id });
        else await this.settle(row, found, 'failed', 'handover.report_failed', { instanceId: instance.id, error: await this.refusal(instance.id, instance.state) });
        continue;
      }
      const open = instance ? await this.incidents.list({ processInstanceId: instance.id }) : [];
      if (open.length > 0 && row.reportState === 'started') {
        await this.settle(row, found, 'incident', 'handover.report_failed', { instanceId: instance!.id, incidentId: open[0].id, error: open[0].incidentMessage ?? null });
      } else if (open.length === 0 && row.reportState === 'incident') {
        // Retried by a supervisor: followed again until it ends.
        await this.rows.update({ id: row.id, reportState: 'incident' }, asRow<Handover>({ reportState: 'started', reportCheckedAt: new Date() }));
      } else {
        await this.rows.update({ id: row.id }, asRow<Handover>({ reportCheckedAt: new Date() }));
      }
    }
  }

  private async refusal(instanceId: string, state: string): Promise<string> {
    if (state !== 'COMPLETED') return `the report process ended ${state}`;
    const values = await this.rest.get<{ name: string; value: unknown }[]>('/history/variable-instance', { processInstanceId: instanceId, variableNameIn: 'reportRefusedCode,reportRefusedMessage' });
    const byName = Object.fromEntries(values.map((v) => [v.name, v.value]));
    return [byName.reportRefusedCode, byName.reportRefusedMessage].filter(Boolean).join(': ').slice(0, 500) || 'refused';
  }

  /** The row's new state and its timeline entry, together; the case page hears of it. */
  private async settle(row: Handover, found: Case, state: ReportState, type: string, data: Record<string, unknown>): Promise<void> {
    const error = typeof data.error === 'string' ? data.error.slice(0, 500) : null;
    await this.dataSource.transaction(async (m) => {
      const changes = asRow<Handover>({ reportState: state, reportCheckedAt: new Date(), reportError: error, ...(state === 'reported' ? { reportedAt: new Date() } : {}) });
      await m.getRepository(HandoverEntity).update({ id: row.id }, changes);
      await this.timeline.record(found.id, type, null, { source: row.source, reference: row.reference, ...data }, m);
    });
    this.live.emit({ type: 'case.updated', caseId: found.id, status: found.status, change: type, areaPath: found.areaPath });
    this.logger.info({ caseNumber: found.caseNumber, source: row.source, state }, 'handover report');
  }
}
