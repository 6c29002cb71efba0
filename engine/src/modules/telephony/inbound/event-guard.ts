import { DataSource, IsNull } from 'typeorm';
import { asRow } from '../../../db/columns';
import { isUniqueViolation } from '../../../db/errors';
import { errors } from '../../../http/errors';
import { Source } from './context';
import { EventAnswer, TelephonyEventEntity, TelephonyEventRow } from './entities';

/** Handling an event takes well under this; an unhandled event older than it was abandoned. */
const ABANDONED_AFTER_MS = 30_000;
/**
 * An event taken before this engine started, and never handled, died with the engine before it. In
 * a cluster another node may still be handling it: a second handling of an alarm then attaches to the
 * case the first opened (one open case per terminal or elder), so nothing is doubled.
 */
const STARTED_AT = Date.now();

export type Taken = { taken: true; id: string } | { taken: false; answer: EventAnswer };

/**
 * Each (switch, event id) is handled once. The event is taken before it is handled and marked
 * handled with its answer after, so a switch that sends it again (it got no answer) is told the
 * first answer, and an event whose handling died with the engine (crash, kill -9) is handled again
 * on the next try: an accepted alarm is never lost to a repeat that only says "seen".
 */
export class EventGuard {
  constructor(private readonly dataSource: DataSource) {}

  private get rows() {
    return this.dataSource.getRepository(TelephonyEventEntity);
  }

  async take(source: Source, event: { id: string; type: string }): Promise<Taken> {
    const id = `${source.switchId}:${event.id}`;
    // Twice at most: a first try that finds the event let go (refused) in between takes it on the second.
    for (let attempt = 0; attempt < 2; attempt++) {
      const row: TelephonyEventRow = { id, switchId: source.switchId, eventId: event.id, type: event.type, receivedAt: new Date(), handledAt: null, result: null };
      try {
        await this.rows.insert(asRow(row));
        return { taken: true, id };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      const prior = await this.rows.findOneBy({ id });
      if (!prior) continue;
      if (prior.handledAt) return { taken: false, answer: prior.result ?? {} };
      const abandoned = prior.receivedAt.getTime() < STARTED_AT || Date.now() - prior.receivedAt.getTime() > ABANDONED_AFTER_MS;
      // Only one repeat may take an abandoned event over: the one whose update finds it as read.
      if (abandoned) {
        const { affected } = await this.rows.update({ id, handledAt: IsNull(), receivedAt: prior.receivedAt }, { receivedAt: new Date() });
        if (affected === 1) return { taken: true, id };
      }
      break;
    }
    throw errors.unavailable(`Event ${event.id} (being handled)`);
  }

  async handled(id: string, answer: EventAnswer): Promise<void> {
    await this.rows.update({ id }, { handledAt: new Date(), result: answer });
  }

  /** A refused event did nothing: the switch may send it again once it is right. */
  async release(id: string): Promise<void> {
    await this.rows.delete({ id });
  }
}
