import crypto from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, LessThan, LessThanOrEqual, Repository } from 'typeorm';
import { asRow, insertRows } from '../../../db/columns';
import { Variables } from '../../../operaton/json';
import { CaseProcessStart, CaseProcessStartEntity } from './entities';

export interface PendingStart {
  caseId: string;
  caseNumber: string;
  definitionKey: string;
  /** A pinned definition version; the latest of the key when absent. */
  definitionId?: string | null;
  variables: Variables;
}

/** A claim on a start row: who holds it (a token naming the node) and until when. */
export interface StartClaim {
  token: string;
  until: Date;
}

export function newClaim(nodeId: string, leaseMs: number, now = new Date()): StartClaim {
  return { token: `${nodeId}:${crypto.randomBytes(6).toString('hex')}`, until: new Date(now.getTime() + leaseMs) };
}

/**
 * Records that a case's process is to be started. Call it in the transaction that inserts the
 * case: a case is then never without its start, whatever happens next. With a claim, the row is
 * born held by the node that accepted the case (its first attempt), so that node starts it at once
 * without claiming it first; a node that dies meanwhile leaves it to the others when the lease ends.
 */
export async function enqueueStart(m: EntityManager, start: PendingStart, now = new Date(), claim?: StartClaim): Promise<CaseProcessStart> {
  const row: CaseProcessStart = {
    caseId: start.caseId,
    caseNumber: start.caseNumber,
    state: 'pending',
    definitionKey: start.definitionKey,
    definitionId: start.definitionId ?? null,
    variables: start.variables,
    instanceId: null,
    attempts: claim ? 1 : 0,
    nextAttemptAt: now,
    claimedBy: claim?.token ?? null,
    claimedUntil: claim?.until ?? null,
    lastError: null,
    cancelReason: null,
    problem: null,
    createdAt: now,
    startedAt: null,
  };
  await insertRows(m, CaseProcessStartEntity, [row]);
  return row;
}

/** The start rows and their claims: one node at a time works on a row, decided by one UPDATE. */
export class StartRows {
  readonly repo: Repository<CaseProcessStart>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(CaseProcessStartEntity);
  }

  /** Rows to start (or to discard) whose time has come and that no live claim holds. */
  due(limit: number, now = new Date()): Promise<CaseProcessStart[]> {
    const base = { state: In(['pending', 'discarding']), nextAttemptAt: LessThanOrEqual(now) };
    return this.repo.find({ where: [{ ...base, claimedUntil: IsNull() }, { ...base, claimedUntil: LessThan(now) }], order: { nextAttemptAt: 'ASC', createdAt: 'ASC' }, take: limit });
  }

  /** Takes a row for `leaseMs`, counting the attempt; null when another claim holds it or it is not to be worked on. */
  async claim(caseId: string, nodeId: string, leaseMs: number): Promise<{ row: CaseProcessStart; token: string } | null> {
    const now = new Date();
    const { token, until } = newClaim(nodeId, leaseMs, now);
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set({ claimedBy: token, claimedUntil: until, attempts: () => 'attempts + 1' })
      .where('case_id = :caseId', { caseId })
      .andWhere('state IN (:...states)', { states: ['pending', 'discarding'] })
      .andWhere('(claimed_until IS NULL OR claimed_until < :now)', { now })
      .execute();
    if (result.affected !== 1) return null;
    const row = await this.repo.findOneBy({ caseId, claimedBy: token });
    return row ? { row, token } : null;
  }

  /** Gives a claimed row back, with what the attempt learnt. */
  async release(caseId: string, token: string, changes: Partial<CaseProcessStart> = {}): Promise<void> {
    await this.repo.update({ caseId, claimedBy: token }, asRow<CaseProcessStart>({ ...changes, claimedBy: null, claimedUntil: null }));
  }

  /** The instance is recorded; 0 when the row is no longer this claim's pending row (canceled or taken over). */
  async record(m: EntityManager, caseId: string, token: string, instanceId: string, at: Date): Promise<number> {
    const result = await m
      .getRepository(CaseProcessStartEntity)
      .update(
        { caseId, claimedBy: token, state: 'pending' },
        asRow<CaseProcessStart>({ state: 'started', instanceId, startedAt: at, variables: null, lastError: null, claimedBy: null, claimedUntil: null }),
      );
    return result.affected ?? 0;
  }
}
