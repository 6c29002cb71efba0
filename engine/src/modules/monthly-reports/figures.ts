import { callReportQuery, caseReportQuery, elderReportQuery, emergencyReportQuery, providerReportQuery, satisfactionReportQuery, type MonthlyReportFigures } from '@careflow/contracts';
import { daysOf, previousMonth } from '../billing/months';
import type { PublicUser } from '../identity/entities';
import type { CallStats } from '../stats/reader';
import type { CaseStats } from '../stats/case-reader';
import type { EmergencyStats } from '../stats/alarm-reader';
import type { ElderStats } from '../stats/elder-reader';
import type { ProviderStats } from '../stats/provider-reader';
import type { RatingStats } from '../stats/rating-reader';

/** The live reports a monthly report is made of. */
export interface StatsReaders {
  calls: CallStats;
  cases: CaseStats;
  emergency: EmergencyStats;
  satisfaction: RatingStats;
  providers: ProviderStats;
  elders: ElderStats;
}


/**
 * A month's figures, read from the same pre-aggregated figures and with the same rules as the live
 * reports (the user's area scope included), so an archived report matches what 统计报表 showed then.
 */
export async function monthlyFigures(readers: StatsReaders, month: string, areaCode: string | undefined, user: PublicUser): Promise<MonthlyReportFigures> {
  const before = previousMonth(month);
  const period = (m: string) => ({ ...daysOf(m), ...(areaCode ? { areaCode } : {}) });
  const [calls, callsBefore, cases, casesByChannel, casesBefore, emergency, emergencyBefore, satisfaction, satisfactionBefore, providers, providersBefore, elders, eldersBefore] = await Promise.all([
    readers.calls.report(callReportQuery.parse({ ...period(month), groupBy: 'day' }), user),
    readers.calls.report(callReportQuery.parse({ ...period(before), groupBy: 'day' }), user),
    readers.cases.report(caseReportQuery.parse({ ...period(month), groupBy: 'type' }), user),
    readers.cases.report(caseReportQuery.parse({ ...period(month), groupBy: 'channel' }), user),
    readers.cases.report(caseReportQuery.parse({ ...period(before), groupBy: 'type' }), user),
    readers.emergency.report(emergencyReportQuery.parse({ ...period(month), groupBy: 'button' }), user),
    readers.emergency.report(emergencyReportQuery.parse({ ...period(before), groupBy: 'button' }), user),
    readers.satisfaction.report(satisfactionReportQuery.parse({ ...period(month), groupBy: 'type' }), user),
    readers.satisfaction.report(satisfactionReportQuery.parse({ ...period(before), groupBy: 'type' }), user),
    readers.providers.report(providerReportQuery.parse({ ...period(month), groupBy: 'provider' }), user),
    readers.providers.report(providerReportQuery.parse({ ...period(before), groupBy: 'provider' }), user),
    readers.elders.report(elderReportQuery.parse({ ...period(month), groupBy: 'category' }), user),
    readers.elders.report(elderReportQuery.parse({ ...period(before), groupBy: 'category' }), user),
  ]);
  return {
    month,
    previousMonth: before,
    calls: { month: calls, previous: callsBefore.total },
    cases: { month: cases, byChannel: casesByChannel.rows, previous: casesBefore.total },
    emergency: { month: emergency, previous: emergencyBefore.total },
    satisfaction: { month: satisfaction, previous: satisfactionBefore.total },
    providers: { month: providers, previous: providersBefore.total },
    elders: { month: elders, previous: eldersBefore.total },
  };
}
