import { DataSource } from 'typeorm';
import { insertRows } from '../../db/columns';
import { DatedPass } from '../../kernel/passes';
import { localTimeOf } from '../../local-time';
import { secondsBetween } from '../../time';
import type { Logger } from '../../logger';
import { isUniqueViolation } from '../../db/errors';
import { CallEntity } from '../telephony/entities';
import { PopEntity } from '../telephony/inbound/entities';
import { MissedCallEntity } from '../telephony/missed/entities';
import type { WrapUp } from '../telephony/agents/service';
import { CountedCallEntity } from './entities';
import { addCall, callSums, NO_SUMS, statKind } from './sums';

/** How far back the catch-up pass looks for ended calls not yet counted. */
const CATCH_UP_HOURS = 48;

/**
 * Keeps the call figures current: each ended call is added once (its counted_calls row, written in
 * the same transaction, is the guard), as it ends and, for any the engine missed, on the next pass.
 */
export class CallTally extends DatedPass {
  constructor(
    private readonly dataSource: DataSource,
    private readonly timeZone: string,
    private readonly logger: Logger,
  ) {
    super();
  }

  /** Adds an ended call to its hour; false when it was counted before or has not ended. */
  async count(callId: string): Promise<boolean> {
    const call = await this.dataSource.getRepository(CallEntity).findOneBy({ id: callId });
    if (!call || call.status !== 'ended') return false;
    const rangAtAgent = call.direction === 'inbound' && !call.answeredAt ? await this.rangAtAgent(call.id) : false;
    const sums = callSums(call, rangAtAgent);
    return this.dataSource.transaction(async (m) => {
      try {
        await insertRows(m, CountedCallEntity, [{ callId, countedAt: new Date() }]);
      } catch (err) {
        if (isUniqueViolation(err)) return false; // counted already, by this engine or another
        throw err;
      }
      await addCall(m, { hour: this.hourOf(call.startedAt), kind: statKind(call.mode), areaPath: call.areaPath ?? '', agent: call.agent ?? '' }, sums);
      return true;
    });
  }

  /** Counts the ended calls of the last two days that are not counted yet (the engine was down, a hook failed). */
  protected async pass(now: Date): Promise<number> {
    const since = new Date(now.getTime() - CATCH_UP_HOURS * 3600_000);
    const uncounted: { id: string }[] = await this.dataSource
      .getRepository(CallEntity)
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .leftJoin('counted_calls', 'k', 'k.call_id = c.id')
      .where('c.startedAt >= :since AND c.status = :ended', { since, ended: 'ended' })
      .andWhere('k.call_id IS NULL')
      .getRawMany();
    let counted = 0;
    for (const { id } of uncounted) if (await this.count(id)) counted++;
    return counted;
  }

  /** A 话后处理 ended: its seconds go to the hour, area and agent of the call wrapped up (so AHT adds up per call), else the hour it ended. */
  async wrapUp(wrapUp: WrapUp): Promise<void> {
    try {
      const pop = wrapUp.popId ? await this.dataSource.getRepository(PopEntity).findOneBy({ id: wrapUp.popId }) : null;
      const place = { hour: this.hourOf(pop?.at ?? wrapUp.to), kind: 'inbound' as const, areaPath: pop?.areaPath ?? '', agent: wrapUp.username };
      await addCall(this.dataSource.manager, place, { ...NO_SUMS, wrapUps: 1, wrapSec: secondsBetween(wrapUp.from, wrapUp.to) });
    } catch (err) {
      // The agent's state change stands; a lost wrap-up only shortens the after-call figure.
      this.logger.error({ err, userId: wrapUp.userId }, 'after-call work not counted');
    }
  }

  /** The local hour an instant falls in, `YYYY-MM-DD HH` in the bureau's time zone (the figures' key). */
  private hourOf(at: Date): string {
    const { date, hour } = localTimeOf(at, this.timeZone);
    return `${date} ${hour}`;
  }

  /** Whether the caller hung up while the call rang at an agent: the 未接来电 kept for it says (missed, not abandoned). */
  private async rangAtAgent(callId: string): Promise<boolean> {
    const missed = await this.dataSource.getRepository(MissedCallEntity).findOneBy({ callId });
    if (missed) return missed.kind === 'missed';
    // Calls that ended before 未接来电 were kept: whether its pop was ever offered to someone.
    return (await this.dataSource.getRepository(PopEntity).findBy({ callId })).some((p) => p.offeredTo !== null);
  }
}

