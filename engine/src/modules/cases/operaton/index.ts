import os from 'node:os';
import crypto from 'node:crypto';
import { Actor } from '../../audit/service';
import { cancelCase } from './cancel';
import { CaseCloser } from './closer';
import { LifecycleDeps } from './deps';
import { caseProblems, CaseProblem, reconcileCases, restartMissing } from './reconcile';
import { Repeater } from './repeater';
import { Case } from '../entities';
import { CaseProcessStart } from './entities';
import { CaseStarter, StartAttempt, StarterOptions, StartOutcome } from './starter';
import { StartClaim } from './starts';
import { ProcessHistoryWatcher, WatcherOptions } from './watcher';

export { enqueueStart, type PendingStart, type StartClaim } from './starts';
export { type CaseProcessStart, CaseProcessStartEntity, caseLifecycleEntities } from './entities';
export { CaseProcessStarts1766200200000 } from './migration';
export { CaseCloser, DELETED_IN_ENGINE } from './closer';
export { CaseStarter, type StartAttempt, type StartOutcome, type StartRound } from './starter';
export { ProcessHistoryWatcher } from './watcher';
export { reconcileCases, caseProblems, restartMissing, type CaseProblem, type Reconciled } from './reconcile';
export type { LifecycleDeps } from './deps';

export interface LifecycleOptions {
  starter: StarterOptions;
  watcher: WatcherOptions;
  /** Between rounds of each loop, and the longest wait while the engine is down. */
  intervalMs: number;
  maxBackoffMs: number;
}

export function defaultLifecycleOptions(): LifecycleOptions {
  return {
    starter: {
      nodeId: `${os.hostname().slice(0, 20)}-${process.pid}-${crypto.randomBytes(3).toString('hex')}`,
      leaseMs: 60_000,
      batchSize: 100,
      concurrency: 4,
      refusedBackoffMs: { base: 5_000, max: 300_000 },
      startTimeoutMs: 30_000,
      uncertainWaitMs: 60_000,
    },
    watcher: { overlapMs: 10_000, pageSize: 200, maxPages: 20 },
    intervalMs: 1_000,
    maxBackoffMs: 15_000,
  };
}

/**
 * Cases on Operaton: started exactly once (pending until the engine answers), closed when their
 * instance ends however it ends, canceled by deleting the instance, reconciled on start.
 */
export class CaseLifecycle {
  readonly closer: CaseCloser;
  readonly starter: CaseStarter;
  readonly watcher: ProcessHistoryWatcher;
  private readonly loops: Repeater[];
  private reconciled = false;

  constructor(
    readonly deps: LifecycleDeps,
    readonly options: LifecycleOptions = defaultLifecycleOptions(),
  ) {
    this.closer = new CaseCloser(deps);
    this.starter = new CaseStarter(deps, this.closer, options.starter);
    this.watcher = new ProcessHistoryWatcher(deps, this.closer, options.watcher);
    const { intervalMs, maxBackoffMs } = options;
    this.loops = [
      new Repeater('case starter', intervalMs, maxBackoffMs, () => this.startRound(), deps.logger),
      new Repeater('case history watcher', intervalMs, maxBackoffMs, async () => ((await this.watcher.runOnce()) > 0 ? 'busy' : 'idle'), deps.logger),
    ];
  }

  /** Starts the loops; the starter's first round reconciles (and is repeated until the engine answers). */
  start(): void {
    for (const loop of this.loops) loop.start();
  }

  async stop(): Promise<void> {
    await Promise.all(this.loops.map((l) => l.stop()));
  }

  /** Tries a just-accepted case at once; a case the engine cannot take now stays pending for the loop. */
  async startNow(caseId: string): Promise<StartOutcome> {
    const outcome = await this.starter.startNow(caseId);
    if (outcome === 'pending') this.loops[0].wake();
    return outcome;
  }

  /** A claim to enqueue a new case's start with, so `startEnqueued` needs no claim of its own. */
  newClaim(): StartClaim {
    return this.starter.newClaim();
  }

  /** `startNow` for a row enqueued with `newClaim()` in the transaction that inserted `accepted`. */
  async startEnqueued(row: CaseProcessStart, claim: StartClaim, accepted?: Case): Promise<StartAttempt> {
    const attempt = await this.starter.startClaimed(row, claim.token, accepted);
    if (attempt.outcome === 'pending') this.loops[0].wake();
    return attempt;
  }

  /** A task of this instance ended: if that ended the instance, its case closes now, not on the watcher's next round. */
  async taskEnded(instanceId: string): Promise<void> {
    try {
      await this.watcher.closeIfEnded(instanceId);
    } catch (error) {
      // The watcher's rounds close it anyway.
      this.deps.logger.debug({ err: error, instanceId }, 'closing the case at once failed; the history watcher will');
    }
  }

  cancel(caseId: string, reason: string, actor: Actor): Promise<void> {
    return cancelCase(this.deps, this.closer, caseId, reason, actor);
  }

  reconcile() {
    return reconcileCases(this.deps, this.starter, this.closer);
  }

  problems(): Promise<CaseProblem[]> {
    return caseProblems(this.deps);
  }

  /** A flagged case (instance missing) is started again by the starter loop. */
  async restartMissing(caseId: string): Promise<boolean> {
    const queued = await restartMissing(this.deps, caseId);
    if (queued) this.loops[0].wake();
    return queued;
  }

  private async startRound() {
    if (!this.reconciled) {
      const result = await this.reconcile();
      if (result.starts.engineDown) return 'down';
      this.reconciled = true;
      if (result.flagged > 0) this.deps.logger.error({ flagged: result.flagged }, 'open cases without their process instance (see the problem list)');
      return 'idle';
    }
    const round = await this.starter.runOnce();
    return round.engineDown ? 'down' : 'idle';
  }
}
