import { EntityManager } from 'typeorm';
import type { CaseService } from '../cases/service';
import type { EscalationService } from '../cases/escalations';
import type { CaseCloser } from '../cases/operaton/closer';
import { Case, CaseEntity } from '../cases/entities';
import { rawTime } from '../../db/raw-time';
import { localDay } from '../calendar/working-days';
import { TaskEntity } from '../tasks/entities';
import { UserEntity } from '../identity/entities';
import { addCase, bucketOf, closedSums, NO_CASE_SUMS, REPLY_CHANNELS } from './case-sums';

/** The process variable the complaint and household-help processes count their 重办 in. */
const REDO_VARIABLE = 'redoCount';
/** The role of the engine's own service user (a switch's alarm, a connector, a 转办件): not an agent. */
const SERVICE_ROLE = 'connector';

/** 受理坐席: the username of who opened the case at the desk; '' when the engine opened it. */
export async function openerOf(m: EntityManager, row: Case): Promise<string> {
  const opener = await m.getRepository(UserEntity).findOne({ where: { id: row.openedBy }, select: { id: true, username: true, roles: true } });
  return opener && !opener.roles.includes(SERVICE_ROLE) ? opener.username : '';
}

/**
 * Keeps the case figures current: each open, close, cancel, 催办 and 督办 adds to them in the very
 * transaction that records it, so each counts exactly once, by construction (no guard row needed).
 */
export function tallyCases(timeZone: string, cases: CaseService, escalations: EscalationService, closer: CaseCloser): void {
  const place = async (m: EntityManager, row: Case, at: Date) => ({ day: localDay(at, timeZone).date, serviceType: row.serviceTypeKey, channel: row.channel, areaPath: row.areaPath ?? '', agent: await openerOf(m, row) });
  const caseIn = (m: EntityManager, caseId: string) => m.getRepository(CaseEntity).findOneByOrFail({ id: caseId });

  cases.onOpened(async (m, row) => addCase(m, await place(m, row, row.openedAt), { ...NO_CASE_SUMS, opened: 1 }));
  closer.onClosed([REDO_VARIABLE], async (m, closed) => {
    // The row is already updated to closed: satisfaction, firstContactResolved and closed_at are its own.
    const row = await caseIn(m, closed.caseId);
    const redo = closed.variables[REDO_VARIABLE];
    const sums = closedSums(row, typeof redo === 'number' && redo > 0, REPLY_CHANNELS.includes(row.channel) ? await firstCompletedTaskAt(m, row.id) : null);
    await addCase(m, await place(m, row, row.closedAt ?? closed.at), sums, bucketOf(sums.durationSec));
  });
  closer.onCanceled(async (m, canceled) => {
    const row = await caseIn(m, canceled.caseId);
    await addCase(m, await place(m, row, row.closedAt ?? canceled.at), { ...NO_CASE_SUMS, canceled: 1 });
  });
  escalations.onEscalated(async (m, escalation, found) => addCase(m, await place(m, found, escalation.createdAt), { ...NO_CASE_SUMS, [escalation.kind === 'urge' ? 'urged' : 'supervised']: 1 }));
}

/** When a case's first task was completed (an SMS or web request's first reply, an alarm's callback), null if none was. */
export async function firstCompletedTaskAt(m: EntityManager, caseId: string): Promise<Date | null> {
  const raw = await m.getRepository(TaskEntity).createQueryBuilder('t').select('MIN(t.completedAt)', 'at').where('t.caseId = :caseId', { caseId }).andWhere("t.status = 'completed'").getRawOne<{ at: unknown }>();
  return rawTime(raw?.at);
}
