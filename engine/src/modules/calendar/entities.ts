import type { DayKind } from '@careflow/contracts';
import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

/** A day that breaks the Monday–Friday rule: a public holiday, or a weekend day worked in exchange (调休). */
export { DAY_KINDS } from '@careflow/contracts';
export type { DayKind } from '@careflow/contracts';

export interface CalendarDay {
  /** YYYY-MM-DD in the bureau's time zone. */
  date: string;
  kind: DayKind;
  /** What the day is, e.g. 春节, 国庆节调休. */
  name: string;
  updatedAt: Date;
}

export const CalendarDayEntity = new EntitySchema<CalendarDay>({
  name: 'CalendarDay',
  tableName: 'calendar_days',
  columns: {
    date: { type: 'varchar', length: 10, primary: true },
    kind: column.text(16),
    name: column.text(100),
    updatedAt: named('updated_at', column.time()),
  },
});
