import { Between, DataSource, Repository } from 'typeorm';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { CalendarDay, CalendarDayEntity, DayKind } from './entities';
import { localDay, WorkingDays } from './working-days';

export interface DayInput {
  date: string;
  kind: DayKind;
  name: string;
}

/** The business calendar: the days an admin marks as public holidays or exchanged working days. */
export class CalendarService {
  private readonly days: Repository<CalendarDay>;
  private loaded?: Promise<WorkingDays>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    readonly timeZone: string,
  ) {
    this.days = dataSource.getRepository(CalendarDayEntity);
  }

  /** Read once and kept: the calendar changes a few times a year, through this service only. */
  workingDays(): Promise<WorkingDays> {
    this.loaded ??= this.days.find().then((days) => new WorkingDays(days, this.timeZone));
    this.loaded.catch(() => (this.loaded = undefined));
    return this.loaded;
  }

  /** `workingDays` working days after `from`; the urge time is that share of the wall-clock time between. */
  async deadline(from: Date, workingDays: number, urgePercent?: number) {
    const due = (await this.workingDays()).add(from, workingDays);
    const urgeAt = urgePercent === undefined ? null : new Date(from.getTime() + Math.round(((due.getTime() - from.getTime()) * urgePercent) / 100));
    return { from: from.toISOString(), dueAt: due.toISOString(), urgeAt: urgeAt?.toISOString() ?? null };
  }

  year(year: number): Promise<CalendarDay[]> {
    return this.days.find({ where: { date: Between(`${year}-01-01`, `${year}-12-31`) }, order: { date: 'ASC' } });
  }

  async setDay(input: DayInput, actor: Actor): Promise<CalendarDay> {
    checkDay(input, '');
    const row: CalendarDay = { ...input, updatedAt: new Date() };
    await this.dataSource.transaction(async (m) => {
      const before = await m.getRepository(CalendarDayEntity).findOneBy({ date: input.date });
      await m.getRepository(CalendarDayEntity).save(row);
      await this.audit.record(actor, { action: 'calendar.set_day', entityType: 'calendar_day', entityId: input.date, before: before ? { ...before } : undefined, after: { ...input } }, m);
    });
    this.loaded = undefined;
    return row;
  }

  async removeDay(date: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const before = await m.getRepository(CalendarDayEntity).findOneBy({ date });
      if (!before) throw errors.notFound(`Calendar day ${date}`);
      await m.getRepository(CalendarDayEntity).delete({ date });
      await this.audit.record(actor, { action: 'calendar.remove_day', entityType: 'calendar_day', entityId: date, before: { ...before } }, m);
    });
    this.loaded = undefined;
  }

  /** Replaces every marked day of a year, as when the year's holiday notice is published. */
  async replaceYear(year: number, days: DayInput[], actor: Actor): Promise<CalendarDay[]> {
    days.forEach((day, i) => {
      checkDay(day, `days.${i}.`);
      if (!day.date.startsWith(`${year}-`)) throw errors.invalidInput([{ path: `days.${i}.date`, message: `is not in ${year}` }]);
    });
    const seen = new Set<string>();
    days.forEach((day, i) => {
      if (seen.has(day.date)) throw errors.invalidInput([{ path: `days.${i}.date`, message: `${day.date} is listed twice` }]);
      seen.add(day.date);
    });
    const updatedAt = new Date();
    const rows = days.map((day) => ({ ...day, updatedAt }));
    await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(CalendarDayEntity);
      const before = await repo.find({ where: { date: Between(`${year}-01-01`, `${year}-12-31`) } });
      await repo.delete({ date: Between(`${year}-01-01`, `${year}-12-31`) });
      if (rows.length > 0) await repo.insert(rows);
      await this.audit.record(actor, { action: 'calendar.replace_year', entityType: 'calendar_year', entityId: String(year), before: { days: before.length }, after: { days: rows.length } }, m);
    });
    this.loaded = undefined;
    return this.year(year);
  }
}

/** A real date; an exchanged working day must fall on a weekend (on a weekday it would change nothing). */
function checkDay(day: DayInput, prefix: string): void {
  const at = new Date(`${day.date}T12:00:00Z`);
  if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== day.date) throw errors.invalidInput([{ path: `${prefix}date`, message: `${day.date} is not a date` }]);
  const { weekday } = localDay(at, 'UTC');
  if (day.kind === 'workday' && weekday !== 0 && weekday !== 6) throw errors.invalidInput([{ path: `${prefix}kind`, message: `${day.date} is a weekday already; only a weekend day can be made a working day` }]);
}
