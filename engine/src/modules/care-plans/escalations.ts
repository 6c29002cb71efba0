import { DataSource, In } from 'typeorm';
import { DispatchEntity } from '../dispatches/entities';
import { CallEntity } from '../telephony/entities';

/** The catalogue item a 主动关怀 visit is dispatched as (seeds/proactive-care). */
const VISIT_ITEM = 'care_visit';

/**
 * The running 主动关怀 cases that already went past the elder: a 上门探视 was sent, or the robot
 * called someone other than the elder (the relatives, in call order). Such an occurrence is not
 * just "pending" on the 关怀 page: nobody reached the elder by phone and others are acting.
 * `elderPhones` are each case's elder's numbers.
 */
export async function escalatedCases(dataSource: DataSource, elderPhones: Map<string, string[]>): Promise<Set<string>> {
  const caseIds = [...elderPhones.keys()];
  if (!caseIds.length) return new Set();
  const visits = await dataSource.getRepository(DispatchEntity).find({ select: { caseId: true }, where: { caseId: In(caseIds), serviceItem: VISIT_ITEM } });
  const calls = await dataSource.getRepository(CallEntity).find({ select: { caseId: true, to: true }, where: { caseId: In(caseIds), mode: 'robot' } });
  const escalated = new Set(visits.map((d) => d.caseId!));
  for (const call of calls) if (call.caseId && !elderPhones.get(call.caseId)?.includes(call.to)) escalated.add(call.caseId);
  return escalated;
}
