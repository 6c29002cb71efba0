import { In, IsNull, MoreThan, Not } from 'typeorm';
import { deleteProcessInstance, historicInstancesByBusinessKey, historicInstancesByIds, processInstancesByIds } from '../../../operaton/instances';
import { Case, CaseEntity } from '../entities';
import { CaseCloser } from './closer';
import { LifecycleDeps, UNFINISHED } from './deps';
import { CaseProcessStart, CaseProcessStartEntity } from './entities';
import { CaseStarter, StartRound } from './starter';

export interface Reconciled {
  starts: StartRound;
  /** Started cases checked against the engine. */
  checked: number;
  closed: number;
  /** Cases whose instance the engine has neither running nor finished. */
  flagged: number;
  /** Running instances of a case beside the one it recorded (a start retried after a timeout whose first try committed late). */
  duplicatesDeleted: number;
}

const CHUNK = 100;

/**
 * What a (re)start of CareFlow finds half-done: cases whose start is pending are started; every
 * unfinished case with a recorded instance is checked against the engine: ended → closed with its
 * outcome; unknown to the engine → flagged, never silently left open.
 */
export async function reconcileCases(deps: LifecycleDeps, starter: CaseStarter, closer: CaseCloser): Promise<Reconciled> {
  const starts = await starter.runOnce();
  const result: Reconciled = { starts, checked: 0, closed: 0, flagged: 0, duplicatesDeleted: 0 };
  if (starts.engineDown) return result;
  const repo = deps.dataSource.getRepository(CaseProcessStartEntity);
  for (let after = ''; ; ) {
    const rows = await repo.find({ where: { state: 'started', caseId: MoreThan(after) }, order: { caseId: 'ASC' }, take: CHUNK });
    if (rows.length === 0) break;
    after = rows[rows.length - 1].caseId;
    const open = await deps.dataSource.getRepository(CaseEntity).findBy({ id: In(rows.map((r) => r.caseId)), status: In([...UNFINISHED]) });
    const openIds = new Set(open.map((c: Case) => c.id));
    const check = rows.filter((r) => openIds.has(r.caseId) && r.instanceId);
    if (check.length === 0) continue;
    result.checked += check.length;
    const ids = check.map((r) => r.instanceId!);
    const history = new Map((await historicInstancesByIds(deps.rest, ids)).map((h) => [h.id, h]));
    const missing = check.filter((r) => !history.has(r.instanceId!));
    const running = new Set((await processInstancesByIds(deps.rest, missing.map((r) => r.instanceId!))).map((i) => i.id));
    for (const row of check) {
      const found = history.get(row.instanceId!);
      if (found?.endTime) {
        if (await closer.closeFromHistory(row, found)) result.closed++;
      } else if (found || running.has(row.instanceId!)) {
        if (row.problem) await repo.update({ caseId: row.caseId }, { problem: null });
        if (row.attempts > 1) result.duplicatesDeleted += await deleteDuplicates(deps, row);
      } else {
        result.flagged++;
        const problem = `instance ${row.instanceId} is neither running nor finished in the process engine`;
        await repo.update({ caseId: row.caseId }, { problem });
        deps.logger.error({ caseId: row.caseId, caseNumber: row.caseNumber, instanceId: row.instanceId }, 'open case without its process instance');
      }
    }
  }
  return result;
}

export interface CaseProblem {
  caseId: string;
  caseNumber: string;
  /** instance_missing: flagged by reconciliation · start_waiting: its start failed at least `minAttempts` times. */
  kind: 'instance_missing' | 'start_waiting';
  detail: string;
  attempts: number;
  since: Date;
}

/** Open cases whose process is in trouble, for supervisors and health checks. */
export async function caseProblems(deps: Pick<LifecycleDeps, 'dataSource'>, minAttempts = 3): Promise<CaseProblem[]> {
  const repo = deps.dataSource.getRepository(CaseProcessStartEntity);
  const [missing, waiting] = await Promise.all([
    repo.find({ where: { state: 'started', problem: Not(IsNull()) }, order: { createdAt: 'ASC' } }),
    repo.find({ where: { state: 'pending', attempts: MoreThan(minAttempts - 1) }, order: { createdAt: 'ASC' } }),
  ]);
  const open = new Set(
    (await deps.dataSource.getRepository(CaseEntity).findBy({ id: In(missing.map((r) => r.caseId)), status: In([...UNFINISHED]) })).map((c) => c.id),
  );
  const problem = (row: CaseProcessStart, kind: CaseProblem['kind'], detail: string): CaseProblem => ({ caseId: row.caseId, caseNumber: row.caseNumber, kind, detail, attempts: row.attempts, since: row.createdAt });
  return [
    ...missing.filter((r) => open.has(r.caseId)).map((r) => problem(r, 'instance_missing', r.problem ?? '')),
    ...waiting.map((r) => problem(r, 'start_waiting', r.lastError ?? 'not started yet')),
  ];
}

/** A start that took more than one attempt is checked for a second instance the engine committed late. */
async function deleteDuplicates(deps: LifecycleDeps, row: CaseProcessStart): Promise<number> {
  let deleted = 0;
  for (const other of await historicInstancesByBusinessKey(deps.rest, row.caseNumber, row.definitionKey)) {
    if (other.id === row.instanceId || other.endTime) continue;
    if (await deleteProcessInstance(deps.rest, other.id)) deleted++;
    deps.logger.error({ caseNumber: row.caseNumber, instanceId: other.id, kept: row.instanceId }, 'duplicate process instance of a case deleted');
  }
  return deleted;
}

/**
 * Starts again the process of a case flagged as instance_missing (a supervisor's decision): the
 * engine has no trace of it (e.g. it lost its last commits when killed), so a new start cannot
 * make a second instance; the lookup by business key still runs first. False when not flagged.
 */
export async function restartMissing(deps: Pick<LifecycleDeps, 'dataSource' | 'timeline'>, caseId: string): Promise<boolean> {
  return deps.dataSource.transaction(async (m) => {
    const result = await m
      .getRepository(CaseProcessStartEntity)
      .update({ caseId, state: 'started', problem: Not(IsNull()) }, { state: 'pending', instanceId: null, problem: null, startedAt: null, nextAttemptAt: new Date() });
    if (result.affected !== 1) return false;
    await m.getRepository(CaseEntity).update({ id: caseId, status: 'open' }, { status: 'opening' });
    await deps.timeline.record(caseId, 'process.restarted', null, { reason: 'instance missing in the process engine' }, m);
    return true;
  });
}
