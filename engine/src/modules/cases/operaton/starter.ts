import { retryingTransaction } from '../../../db/retry';
import { OperationalError } from '../../../http/errors';
import {
  deleteProcessInstance,
  HistoricProcessInstance,
  historicInstancesByBusinessKey,
  historicInstancesByIds,
  startProcessInstance,
} from '../../../operaton/instances';
import { ProcessEngineRejection } from '../../../operaton/rest';
import { Case, CaseEntity } from '../entities';
import { CaseCloser } from './closer';
import { errorText, LifecycleDeps, mayStillCommit } from './deps';
import { CaseProcessStart } from './entities';
import { newClaim, StartClaim, StartRows } from './starts';

export interface StarterOptions {
  /** Names this node in claims (at most 40 characters). */
  nodeId: string;
  /** How long a claim holds: longer than a lookup and a start can take together. */
  leaseMs: number;
  batchSize: number;
  /** Starts in flight at once. */
  concurrency: number;
  /** Backoff of a start the engine refused (not deployed, an expression error): base and cap. */
  refusedBackoffMs: { base: number; max: number };
  /** A start may take this long before it counts as the engine being down. */
  startTimeoutMs: number;
  /** After a start timed out, the row waits this long, so whatever the engine still commits is found by the lookup (not started twice). */
  uncertainWaitMs: number;
}

const RACE_RETRY_MS = 1_000;

/** started/adopted: the case runs · ended: discarded (canceled before start) · pending: try again later · busy: another claim holds it. */
export type StartOutcome = 'started' | 'adopted' | 'pending' | 'discarded' | 'busy';

/** What one attempt came to; `opened` is the case as the start left it, when this attempt recorded it. */
export interface StartAttempt {
  outcome: StartOutcome;
  opened?: Case;
}

export interface StartRound {
  started: number;
  adopted: number;
  pending: number;
  discarded: number;
  /** The engine did not answer: the round stopped, and the rows wait for the next one. */
  engineDown: boolean;
}

/**
 * Starts each pending case's process exactly once. A row is claimed by one UPDATE (one node wins);
 * an attempt after an earlier one looks the instance up by business key first and adopts it, so a
 * start that reached the engine but was never recorded (a crash, a timeout) is not made twice.
 */
export class CaseStarter {
  readonly rows: StartRows;

  constructor(
    private readonly deps: LifecycleDeps,
    private readonly closer: CaseCloser,
    private readonly options: StarterOptions,
  ) {
    this.rows = new StartRows(deps.dataSource);
  }

  /** One attempt for one case now (right after it was accepted). */
  async startNow(caseId: string): Promise<StartOutcome> {
    const claimed = await this.rows.claim(caseId, this.options.nodeId, this.options.leaseMs);
    if (!claimed) return 'busy';
    return (await this.startClaimed(claimed.row, claimed.token)).outcome;
  }

  /** A claim for a start row about to be enqueued (`enqueueStart`), held by this node. */
  newClaim(): StartClaim {
    return newClaim(this.options.nodeId, this.options.leaseMs);
  }

  /** The first attempt on a row this node holds (enqueued with its claim, or just claimed); `accepted` is its case as the caller inserted it. */
  startClaimed(row: CaseProcessStart, token: string, accepted?: Case): Promise<StartAttempt> {
    return this.attempt(row, token, accepted).catch((error: unknown) => (error instanceof OperationalError ? { outcome: 'pending' as const } : Promise.reject(error)));
  }

  /** Works through every due row; stops early when the engine is down. */
  async runOnce(): Promise<StartRound> {
    const round: StartRound = { started: 0, adopted: 0, pending: 0, discarded: 0, engineDown: false };
    for (;;) {
      const due = await this.rows.due(this.options.batchSize);
      let claimedAny = false;
      const next = () => due.shift();
      const worker = async () => {
        for (let row = next(); row && !round.engineDown; row = next()) {
          const claimed = await this.rows.claim(row.caseId, this.options.nodeId, this.options.leaseMs);
          if (!claimed) continue;
          claimedAny = true;
          try {
            const { outcome } = await this.attempt(claimed.row, claimed.token);
            if (outcome !== 'busy') round[outcome]++;
          } catch (error) {
            if (!(error instanceof OperationalError)) throw error;
            round.pending++;
            round.engineDown = true;
          }
        }
      };
      await Promise.all(Array.from({ length: this.options.concurrency }, worker));
      if (round.engineDown || !claimedAny) return round;
    }
  }

  /** Throws OperationalError when the engine is down (the row is released, still pending). */
  private async attempt(row: CaseProcessStart, token: string, accepted?: Case): Promise<StartAttempt> {
    try {
      if (row.state === 'discarding') return { outcome: await this.discard(row, token) };
      // Attempts counts this claim: more than one, and an earlier one may have started it.
      if (row.attempts > 1) {
        const existing = await historicInstancesByBusinessKey(this.deps.rest, row.caseNumber, row.definitionKey);
        if (existing.length > 0) return await this.adopt(row, token, existing);
      }
      const target = row.definitionId ? { definitionId: row.definitionId } : { definitionKey: row.definitionKey };
      const started = await startProcessInstance(this.deps.rest, target, { businessKey: row.caseNumber, variables: row.variables ?? {} }, this.options.startTimeoutMs);
      return await this.record(row, token, started.id, started.ended, false, accepted);
    } catch (error) {
      if (error instanceof OperationalError) {
        const wait = mayStillCommit(error) ? { nextAttemptAt: new Date(Date.now() + this.options.uncertainWaitMs) } : {};
        await this.rows.release(row.caseId, token, { lastError: errorText(error), ...wait });
        throw error;
      }
      if (error instanceof ProcessEngineRejection) {
        // The engine answered no: retried later (it may be published again), listed as a problem meanwhile.
        const { base, max } = this.options.refusedBackoffMs;
        // A race inside the engine (optimistic locking) is retried soon, without growing backoff.
        const wait = error.retryable ? RACE_RETRY_MS : Math.min(max, base * 2 ** Math.min(row.attempts - 1, 20)) * (0.75 + Math.random() / 2);
        await this.rows.release(row.caseId, token, { lastError: errorText(error), nextAttemptAt: new Date(Date.now() + wait) });
        this.deps.logger.warn({ caseNumber: row.caseNumber, err: error }, 'the process engine refused to start a case; retrying later');
        return { outcome: 'pending' };
      }
      await this.rows.release(row.caseId, token, { lastError: errorText(error) }).catch(() => undefined);
      throw error;
    }
  }

  /** Takes over what an earlier attempt started: the first instance; any later one is a duplicate and is deleted. */
  private async adopt(row: CaseProcessStart, token: string, found: HistoricProcessInstance[]): Promise<StartAttempt> {
    const [first, ...duplicates] = found;
    for (const extra of duplicates) {
      if (!extra.endTime) await deleteProcessInstance(this.deps.rest, extra.id);
      this.deps.logger.error({ caseNumber: row.caseNumber, instanceId: extra.id, kept: first.id }, 'duplicate process instance of a case deleted');
    }
    const recorded = await this.record(row, token, first.id, Boolean(first.endTime), true);
    return recorded.outcome === 'started' ? { ...recorded, outcome: 'adopted' } : recorded;
  }

  private async record(row: CaseProcessStart, token: string, instanceId: string, ended: boolean, adopted: boolean, accepted?: Case): Promise<StartAttempt> {
    const { dataSource, timeline, live } = this.deps;
    const at = new Date();
    // The engine has started it: a lock conflict here is run again, not left for the lease to run out.
    const opened = await retryingTransaction(dataSource, async (m) => {
      if ((await this.rows.record(m, row.caseId, token, instanceId, at)) !== 1) return null;
      const { affected } = await m.getRepository(CaseEntity).update({ id: row.caseId, status: 'opening' }, { status: 'open', processInstanceKey: instanceId });
      await timeline.record(row.caseId, 'process.started', null, { instanceId, attempts: row.attempts, ...(adopted ? { adopted } : {}) }, m);
      // The case as the caller accepted it, now open; read when there is none or it was no longer opening.
      if (accepted && affected === 1) return { ...accepted, status: 'open' as const, processInstanceKey: instanceId };
      return m.getRepository(CaseEntity).findOneBy({ id: row.caseId });
    });
    if (!opened) {
      // Canceled while starting: the instance must not live on (the sweep of the discarding row finishes the job).
      const now = await this.rows.repo.findOneBy({ caseId: row.caseId });
      if (now?.state === 'discarding' || now?.state === 'discarded') {
        await deleteProcessInstance(this.deps.rest, instanceId);
        await this.rows.release(row.caseId, token);
      } else if (now?.state === 'started' && now.instanceId !== instanceId) {
        // Our claim ran out mid-start and another attempt recorded its own instance: ours is the duplicate.
        await deleteProcessInstance(this.deps.rest, instanceId);
        this.deps.logger.error({ caseNumber: row.caseNumber, instanceId, kept: now.instanceId }, 'duplicate process instance of a case deleted');
      }
      return { outcome: 'busy' };
    }
    if (opened.status === 'open') live.emit({ type: 'case.updated', caseId: opened.id, status: 'open', change: 'process.started', areaPath: opened.areaPath });
    if (ended) {
      const [history] = await historicInstancesByIds(this.deps.rest, [instanceId]);
      // Closed now: the row read before is no longer the case as it stands.
      if (history) await this.closer.closeFromHistory({ ...row, state: 'started', instanceId }, history);
      return { outcome: 'started' };
    }
    return { outcome: 'started', opened };
  }

  /** A case canceled before its start was recorded: delete whatever instance an earlier attempt made. */
  private async discard(row: CaseProcessStart, token: string): Promise<StartOutcome> {
    const found = row.attempts > 1 ? await historicInstancesByBusinessKey(this.deps.rest, row.caseNumber, row.definitionKey) : [];
    for (const instance of found) if (!instance.endTime) await deleteProcessInstance(this.deps.rest, instance.id);
    await this.rows.release(row.caseId, token, { state: 'discarded', variables: null });
    return 'discarded';
  }
}
