import crypto from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { asRow } from '../../db/columns';
import { Actor } from '../audit/service';
import { CaseEvent, CaseEventEntity } from './entities';

let last = 0;
/** Strictly increasing times, so events recorded in the same millisecond keep their order. */
function monotonicNow(): Date {
  last = Math.max(Date.now(), last + 1);
  return new Date(last);
}

/** The timeline of a case: every event in order, with who did it. */
export class CaseTimeline {
  constructor(private readonly dataSource: DataSource) {}

  async record(caseId: string, type: string, actor: Pick<Actor, 'id' | 'username'> | null, data?: Record<string, unknown>, manager?: EntityManager): Promise<CaseEvent> {
    const event: CaseEvent = {
      id: crypto.randomUUID(),
      caseId,
      at: monotonicNow(),
      type,
      actorId: actor?.id ?? null,
      actorName: actor?.username ?? null,
      data: data ?? null,
    };
    await (manager ?? this.dataSource.manager).getRepository(CaseEventEntity).insert(asRow(event));
    return event;
  }

  list(caseId: string): Promise<CaseEvent[]> {
    return this.dataSource.getRepository(CaseEventEntity).find({ where: { caseId }, order: { at: 'ASC', id: 'ASC' } });
  }
}
