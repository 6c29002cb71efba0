import type { CallQuery } from '@careflow/contracts';
import { Brackets, DataSource, In } from 'typeorm';
import { containing, LIKE_ESCAPE } from '../../db/like';
import { AreaScope } from '../areas/scope';
import { unplacedOrWithin } from './area-scope';
import { CaseEntity } from '../cases/entities';
import { Call, CallEntity } from './entities';

export type CallLogQuery = Partial<Omit<CallQuery, 'page' | 'limit'>> & { page?: number; limit: number };

/** Numbers are stored as dialled ("0531-88001234"): the search compares their digits only. */
const digitsOf = (column: string) => `REPLACE(REPLACE(${column}, '-', ''), ' ', '')`;

/**
 * 通话记录: the calls the filters match, newest first, one page, with the total. A call without an
 * area (an unknown caller, a call on no case) is seen by every operator, as before; others only
 * within the user's area scope.
 */
export async function callLog(dataSource: DataSource, query: CallLogQuery, scope: AreaScope): Promise<{ rows: (Call & { caseNumber: string | null })[]; total: number }> {
  const qb = dataSource.getRepository(CallEntity).createQueryBuilder('c');
  if (query.caseId) qb.andWhere('c.caseId = :caseId', { caseId: query.caseId });
  if (query.status?.length) qb.andWhere('c.status IN (:...status)', { status: query.status });
  if (query.number) {
    const like = containing(query.number);
    qb.andWhere(new Brackets((w) => w.where(`${digitsOf('c.from')} LIKE :number ${LIKE_ESCAPE}`, { number: like }).orWhere(`${digitsOf('c.to')} LIKE :number ${LIKE_ESCAPE}`)));
  }
  // The agent of an inbound call answered it; on a click-to-call the agent is the caller (`from`).
  if (query.agent) qb.andWhere(new Brackets((w) => w.where('c.agent = :agent', { agent: query.agent }).orWhere("(c.mode = 'click_to_call' AND c.from = :agent)")));
  if (query.from) qb.andWhere('c.startedAt >= :startFrom', { startFrom: query.from });
  if (query.to) qb.andWhere('c.startedAt <= :startTo', { startTo: query.to });
  if (query.direction) qb.andWhere('c.direction = :direction', { direction: query.direction });
  if (query.mode) qb.andWhere('c.mode = :mode', { mode: query.mode });
  if (query.outcome) qb.andWhere('c.outcome = :outcome', { outcome: query.outcome });
  if (query.caseNumber) {
    const ids = qb.subQuery().select('k.id').from(CaseEntity, 'k').where(`k.caseNumber LIKE :caseNumber ${LIKE_ESCAPE}`).getQuery();
    qb.andWhere(`c.caseId IN ${ids}`, { caseNumber: containing(query.caseNumber) });
  }
  unplacedOrWithin(qb, scope, 'c.areaPath');
  const size = query.pageSize ?? query.limit;
  const [calls, total] = await qb
    .orderBy('c.startedAt', 'DESC')
    .addOrderBy('c.id', 'DESC')
    .skip(((query.page ?? 1) - 1) * size)
    .take(size)
    .getManyAndCount();
  return { rows: await withCaseNumbers(dataSource, calls), total };
}

/** The page's case numbers in one query by id (cheaper than joining cases into the count). */
async function withCaseNumbers(dataSource: DataSource, calls: Call[]): Promise<(Call & { caseNumber: string | null })[]> {
  const ids = [...new Set(calls.flatMap((c) => (c.caseId ? [c.caseId] : [])))];
  const cases = ids.length ? await dataSource.getRepository(CaseEntity).find({ select: { id: true, caseNumber: true }, where: { id: In(ids) } }) : [];
  const numbers = new Map(cases.map((k) => [k.id, k.caseNumber]));
  return calls.map((c) => ({ ...c, caseNumber: c.caseId ? (numbers.get(c.caseId) ?? null) : null }));
}
