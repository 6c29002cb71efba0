import { EntityManager, In } from 'typeorm';
import { asRow } from '../../../db/columns';
import { retryingTransaction } from '../../../db/retry';
import { HistoricProcessInstance, historicVariables, parseEngineDate } from '../../../operaton/instances';
import { Actor } from '../../audit/service';
import { Task, TaskEntity } from '../../tasks/entities';
import { Case, CaseEntity, CaseStatus, SATISFACTION } from '../entities';
import { LifecycleDeps, UNFINISHED } from './deps';
import { CaseProcessStart } from './entities';

export type CaseOutcome =
  | { status: 'closed'; satisfaction: string | null; firstContactResolved?: boolean | null; instanceId: string; engineState: string; variables?: Record<string, unknown> }
  | { status: 'canceled'; reason: string; instanceId: string | null; engineState?: string };

/** A case that ends canceled, as the work that goes with it (its open orders, their fees) sees it. */
export interface CanceledCase {
  caseId: string;
  reason: string;
  at: Date;
  /** Null when the engine ended it (an instance deleted there, seen in the history). */
  actor: Actor | null;
}

/**
 * Work done in the transaction that cancels a case, however it is canceled (the cancel route, a start
 * still pending, an instance deleted in the engine): it commits with the cancel or not at all, and
 * runs once, as the cancel itself. It may return what to do after the commit (live pushes).
 */
export type CancelHook = (m: EntityManager, canceled: CanceledCase) => Promise<(() => void) | void>;

/** A case that ends closed (its process done), with the process variables the close hooks asked for. */
export interface ClosedCase {
  caseId: string;
  at: Date;
  variables: Record<string, unknown>;
}

/** Work done in the transaction that closes a case, as a CancelHook is for a cancel. */
export type CloseHook = (m: EntityManager, closed: ClosedCase) => Promise<(() => void) | void>;

/** When the engine deleted an instance without a reason CareFlow knows of. */
export const DELETED_IN_ENGINE = 'deleted in the process engine';

/**
 * Ends a case once: the UPDATE only takes an unfinished case, so the watcher, a cancel and
 * reconciliation may all see the same end and only the first one writes it.
 */
export class CaseCloser {
  private readonly cancelHooks: CancelHook[] = [];
  private readonly closeHooks: { variables: string[]; hook: CloseHook }[] = [];

  constructor(private readonly deps: LifecycleDeps) {}

  /** Adds work to every cancel's transaction (modules register at start). */
  onCanceled(hook: CancelHook): void {
    this.cancelHooks.push(hook);
  }

  /** Adds work to every close's transaction; the process variables it names are read from the history with the case's own. */
  onClosed(variables: string[], hook: CloseHook): void {
    this.closeHooks.push({ variables, hook });
  }

  /** True when this call ended the case; false when it had already ended. `areaPath`, when the caller has read it, spares a read. */
  async close(caseId: string, outcome: CaseOutcome, at: Date, actor: Actor | null, areaPath?: string | null): Promise<boolean> {
    const { dataSource, timeline, audit, live } = this.deps;
    const change: Partial<Case> =
      outcome.status === 'closed'
        ? { status: 'closed', closedAt: at, satisfaction: outcome.satisfaction, firstContactResolved: outcome.firstContactResolved ?? null }
        : { status: 'canceled', closedAt: at, cancelReason: outcome.reason.slice(0, 500) };
    // A deadlock with a task's completion or the projection is run again (InnoDB gap locks).
    const closed = await retryingTransaction(dataSource, async (m) => {
      const result = await m.getRepository(CaseEntity).update({ id: caseId, status: In([...UNFINISHED]) }, change);
      if (result.affected !== 1) return null;
      await m.getRepository(TaskEntity).update({ caseId, status: 'created' }, asRow<Task>({ status: 'canceled' }));
      const { status, ...data } = outcome;
      // The hooks' variables are theirs to record, not the timeline's.
      if ('variables' in data) delete data.variables;
      await timeline.record(caseId, status === 'closed' ? 'case.closed' : 'case.canceled', actor, data, m);
      if (actor && status === 'canceled') {
        await audit.record(actor, { action: 'case.cancel', entityType: 'case', entityId: caseId, after: { status, reason: outcome.reason } }, m);
      }
      const after: (() => void)[] = [];
      if (outcome.status === 'canceled') {
        for (const hook of this.cancelHooks) {
          const then = await hook(m, { caseId, reason: outcome.reason.slice(0, 500), at, actor });
          if (then) after.push(then);
        }
      } else {
        for (const { hook } of this.closeHooks) {
          const then = await hook(m, { caseId, at, variables: outcome.variables ?? {} });
          if (then) after.push(then);
        }
      }
      if (areaPath !== undefined) return { areaPath, after };
      return { ...(await m.getRepository(CaseEntity).findOneOrFail({ where: { id: caseId }, select: { id: true, areaPath: true } })), after };
    });
    if (!closed) return false;
    for (const then of closed.after) then();
    live.emit({ type: 'case.updated', caseId, status: change.status as CaseStatus, change: `case.${change.status}`, areaPath: closed.areaPath });
    return true;
  }

  /** Ends the case of a finished instance with the outcome its history shows. */
  async closeFromHistory(start: CaseProcessStart, instance: HistoricProcessInstance, areaPath?: string | null): Promise<boolean> {
    if (!instance.endTime || instance.id !== start.instanceId) return false;
    const at = parseEngineDate(instance.endTime);
    if (instance.state === 'EXTERNALLY_TERMINATED') {
      const reason = start.cancelReason ?? instance.deleteReason ?? DELETED_IN_ENGINE;
      return this.close(start.caseId, { status: 'canceled', reason, instanceId: instance.id, engineState: instance.state }, at, null, areaPath);
    }
    // Ended by an end event, a terminate end event or an error nobody caught: the process is done.
    const names = new Set(['satisfaction', 'firstContactResolved', ...this.closeHooks.flatMap((h) => h.variables)]);
    const values = await historicVariables(this.deps.rest, instance.id, [...names]);
    const satisfaction = SATISFACTION.find((s) => s === values.satisfaction) ?? null;
    const firstContactResolved = typeof values.firstContactResolved === 'boolean' ? values.firstContactResolved : null;
    return this.close(start.caseId, { status: 'closed', satisfaction, firstContactResolved, instanceId: instance.id, engineState: instance.state, variables: values }, at, null, areaPath);
  }
}
