import { SATISFACTION, type Satisfaction } from '@careflow/contracts';
import { EntityManager } from 'typeorm';
import { insertRows } from '../../db/columns';
import { localDay } from '../calendar/working-days';
import { Case, CaseEntity } from '../cases/entities';
import type { CaseCloser } from '../cases/operaton/closer';
import { TaskEntity } from '../tasks/entities';
import { addUp } from './add-up';
import { SAT_SUMS } from './case-sums';
import { openerOf } from './case-tally';
import { RATING_SUMS, RatingCommentEntity, type RatingPlace, type RatingSums } from './rating-entities';

export const RATING_SUM_KEYS = Object.keys(RATING_SUMS) as (keyof RatingSums)[];
export const NO_RATING_SUMS = Object.fromEntries(RATING_SUM_KEYS.map((k) => [k, 0])) as RatingSums;

/** The fields a return visit's words are kept in: the shipped forms' note, or a complaint's reason to redo. */
const NOTE_FIELDS = ['returnVisitNote', 'redoReason'];
/**
 * The agent a rating is theirs: whoever opened the case at the desk, else (an alarm, SMS or web
 * request the engine opened) whoever did its first step; '' when nobody did.
 */
async function agentOf(m: EntityManager, row: Case): Promise<string> {
  const opener = await openerOf(m, row);
  if (opener) return opener;
  const first = await m.getRepository(TaskEntity).findOne({ where: { caseId: row.id, status: 'completed' }, order: { completedAt: 'ASC' }, select: { id: true, assignee: true } });
  return first?.assignee ?? '';
}

/** The words of the step that recorded the satisfaction (its latest such step), if it has any. */
async function commentOf(m: EntityManager, caseId: string): Promise<string | null> {
  const done = await m.getRepository(TaskEntity).find({ where: { caseId, status: 'completed' }, order: { completedAt: 'DESC' }, select: { id: true, result: true } });
  const rated = done.find((t) => typeof t.result?.satisfaction === 'string');
  const note = NOTE_FIELDS.map((field) => rated?.result?.[field]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return note ? note.trim().slice(0, 1000) : null;
}

/**
 * Keeps the satisfaction figures current: a case closed with a satisfaction level adds it to its
 * agent, type and area on its closing day, and its return visit's words to the comments, in the
 * transaction that closes it (so each counts once).
 */
export function tallyRatings(timeZone: string, closer: CaseCloser): void {
  closer.onClosed([], async (m, closed) => {
    const row = await m.getRepository(CaseEntity).findOneByOrFail({ id: closed.caseId });
    const level = SATISFACTION.find((s) => s === row.satisfaction) as Satisfaction | undefined;
    if (!level) return;
    const at = row.closedAt ?? closed.at;
    const place: RatingPlace = { day: localDay(at, timeZone).date, agent: await agentOf(m, row), serviceType: row.serviceTypeKey, areaPath: row.areaPath ?? '' };
    const sums: RatingSums = { ...NO_RATING_SUMS, rated: 1, [SAT_SUMS[level]]: 1 };
    await addUp(m, 'rating_stats', ['day', 'agent', 'service_type', 'area_path'], RATING_SUM_KEYS.map((k) => RATING_SUMS[k]), [[place.day, place.agent, place.serviceType, place.areaPath, ...RATING_SUM_KEYS.map((k) => sums[k])]]);
    const note = await commentOf(m, row.id);
    if (note) await insertRows(m, RatingCommentEntity, [{ caseId: row.id, caseNumber: row.caseNumber, at, agent: place.agent, serviceType: place.serviceType, areaPath: place.areaPath, satisfaction: level, note }]);
  });
}
