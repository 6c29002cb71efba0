import type { CarePlanView } from '@careflow/contracts';
import { DataSource, In } from 'typeorm';
import { CaseEntity } from '../cases/entities';
import { ElderEntity } from '../elders/entities';
import { addDays, HolidayCalendar } from '../periodic-needs/schedule';
import { CarePlan, CareOccurrence, CareOccurrenceEntity } from './entities';
import { careOccurrencesBetween } from './schedule';

/** How many occurrences a plan shows: the latest, newest first. */
const SHOWN_OCCURRENCES = 10;

/** The plans as the elder file shows them: their next three days (after holidays) and latest occurrences with their cases' numbers. */
export async function planViews(dataSource: DataSource, plans: CarePlan[], calendar: HolidayCalendar, today: string): Promise<CarePlanView[]> {
  const occurrences = new Map<string, CareOccurrence[]>();
  for (const plan of plans) {
    occurrences.set(plan.id, await dataSource.getRepository(CareOccurrenceEntity).find({ where: { planId: plan.id }, order: { scheduledOn: 'DESC' }, take: SHOWN_OCCURRENCES }));
  }
  const caseIds = [...occurrences.values()].flat().map((o) => o.caseId);
  const numbers = new Map((caseIds.length ? await dataSource.getRepository(CaseEntity).find({ select: { id: true, caseNumber: true }, where: { id: In(caseIds) } }) : []).map((c) => [c.id, c.caseNumber]));
  const birthdays = plans.filter((p) => p.schedule.kind === 'birthday' && p.status === 'active');
  const born = new Map(
    (birthdays.length ? await dataSource.getRepository(ElderEntity).find({ select: { id: true, birthDate: true }, where: { id: In([...new Set(birthdays.map((p) => p.elderId))]) } }) : []).map((e) => [e.id, e.birthDate]),
  );
  return plans.map((plan) => {
    const shown = occurrences.get(plan.id) ?? [];
    const done = new Set(shown.map((o) => o.scheduledOn));
    const next =
      plan.status !== 'active'
        ? []
        : careOccurrencesBetween(plan, born.get(plan.elderId) ?? null, addDays(today, -14), addDays(today, 400), calendar)
            .filter((o) => o.serviceOn >= today && !done.has(o.scheduledOn))
            .slice(0, 3);
    const { ruleElder: _held, createdBy: _by, updatedAt: _at, ...fields } = plan;
    return {
      ...fields,
      next: next.map((o) => o.serviceOn),
      occurrences: shown.map((o) => ({ ...o, caseNumber: numbers.get(o.caseId) ?? null })),
    };
  });
}
