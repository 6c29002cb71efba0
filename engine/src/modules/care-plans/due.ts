import { DataSource } from 'typeorm';
import { addDays, HolidayCalendar, Occurrence } from '../periodic-needs/schedule';
import { CarePlan, CarePlanEntity } from './entities';
import { careOccurrencesBetween, isBirthday, shiftReachStart } from './schedule';

/** How a birthday schedule is stored (simple-json of `{ kind: 'birthday' }`): the one schedule that reads the elder's file. */
const BIRTHDAY_SCHEDULE = JSON.stringify({ kind: 'birthday' });

/**
 * The active plans' occurrences whose day is `today` (holidays applied): the days scheduled from
 * the last working day on, since a shift moves a day over the days off before today. Birthdays are
 * looked up in SQL for the few elders born on one of those days, not read for every plan's elder.
 */
export async function dueCandidates(dataSource: DataSource, today: string, calendar: HolidayCalendar): Promise<{ plan: CarePlan; occurrence: Occurrence }[]> {
  const from = shiftReachStart(today, calendar);
  const plans = await dataSource
    .getRepository(CarePlanEntity)
    .createQueryBuilder('p')
    .where("p.status = 'active'")
    .andWhere('p.starts_on <= :today', { today })
    .andWhere('(p.ends_on IS NULL OR p.ends_on >= :from)', { from })
    .getMany();
  const born = await birthdaysBetween(dataSource, from, today);
  return plans.flatMap((plan) =>
    careOccurrencesBetween(plan, born.get(plan.elderId) ?? null, from, today, calendar)
      .filter((o) => o.serviceOn === today)
      .map((occurrence) => ({ plan, occurrence })),
  );
}

/** The birth dates of the elders with an active birthday plan whose birthday is a day in [from, to] (29 February counted on the 28th). */
async function birthdaysBetween(dataSource: DataSource, from: string, to: string): Promise<Map<string, string>> {
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  const days = dates.map((d) => d.slice(5));
  if (days.includes('02-28')) days.push('02-29');
  const rows: { id: string; birthDate: string }[] = await dataSource
    .createQueryBuilder()
    .select('e.id', 'id')
    .addSelect('e.birth_date', 'birthDate')
    .from('elders', 'e')
    .innerJoin('care_plans', 'p', 'p.elder_id = e.id')
    .where("p.status = 'active'")
    .andWhere('p.schedule = :birthday', { birthday: BIRTHDAY_SCHEDULE })
    .andWhere('SUBSTR(e.birth_date, 6, 5) IN (:...days)', { days })
    .getRawMany();
  return new Map(rows.filter((r) => dates.some((d) => isBirthday(r.birthDate, d))).map((r) => [r.id, r.birthDate]));
}
