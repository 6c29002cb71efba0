import crypto from 'node:crypto';
import { DataSource, In, IsNull, LessThan, Repository } from 'typeorm';
import { asRow } from '../../db/columns';
import { SmsMessage, SmsMessageEntity } from './entities';

/**
 * Hands the messages the engine queued itself (outboxSends) to the connectors' outbox senders, a
 * batch at a time under a lease. Each claim is one conditional UPDATE that only takes rows still
 * queued and unclaimed (or whose lease ran out), stamped with a token of this claim: two senders,
 * in one process or several, never get the same row, and a sent row is never taken again.
 */
export class SmsClaims {
  private readonly messages: Repository<SmsMessage>;

  constructor(dataSource: DataSource) {
    this.messages = dataSource.getRepository(SmsMessageEntity);
  }

  async claim(input: { claimer: string; limit: number; leaseSeconds: number }): Promise<SmsMessage[]> {
    const now = new Date();
    const claimable = { status: 'queued' as const, outboxSends: true };
    // The oldest candidates; another sender may take some of them first: the UPDATE below decides.
    const candidates = await this.messages.find({
      where: [
        { ...claimable, claimedUntil: IsNull() },
        { ...claimable, claimedUntil: LessThan(now) },
      ],
      order: { createdAt: 'ASC', id: 'ASC' },
      take: input.limit,
      select: { id: true },
    });
    if (candidates.length === 0) return [];
    const ids = In(candidates.map((m) => m.id));
    const token = `${input.claimer.slice(0, 60)}#${crypto.randomUUID()}`;
    const lease = asRow<SmsMessage>({ claimedBy: token, claimedUntil: new Date(now.getTime() + input.leaseSeconds * 1000) });
    // Two statements, each atomic per row; a row the first takes has a lease in the future, so the second cannot take it again.
    await this.messages.update({ ...claimable, id: ids, claimedUntil: IsNull() }, lease);
    await this.messages.update({ ...claimable, id: ids, claimedUntil: LessThan(now) }, lease);
    return this.messages.find({ where: { claimedBy: token, status: 'queued' }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
