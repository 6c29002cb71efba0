import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

/**
 * The sums one alarm row keeps (see /reports/definitions): the alarm cases that ended, how, and for
 * each stage of the response how many reached it and the seconds from the alarm to it.
 */
export const ALARM_SUMS = {
  alarms: 'alarms',
  falseAlarms: 'false_alarms',
  canceled: 'canceled',
  calledBack: 'called_back',
  callbackSec: 'callback_sec',
  dispatched: 'dispatched',
  dispatchSec: 'dispatch_sec',
  accepted: 'accepted',
  acceptSec: 'accept_sec',
  onSite: 'on_site',
  onSiteSec: 'on_site_sec',
} as const;
export type AlarmSums = Record<keyof typeof ALARM_SUMS, number>;

/** Where an alarm falls: the local day it was raised, its service type, area ('' none) and button ('' none). */
export interface AlarmPlace {
  day: string;
  serviceType: string;
  areaPath: string;
  button: string;
}

export type AlarmStat = AlarmSums & AlarmPlace;

/**
 * Pre-aggregated emergency response figures per local day, service type, area and button. Alarms
 * are few (hundreds a day), so one grain serves every filter; a month reads a few thousand rows.
 */
export const AlarmStatEntity = new EntitySchema<AlarmStat>({
  name: 'AlarmStat',
  tableName: 'alarm_stats',
  columns: {
    day: { type: 'varchar', length: 10, primary: true },
    serviceType: { ...named('service_type', column.text(64)), primary: true },
    areaPath: { ...named('area_path', column.text(200)), primary: true },
    button: { ...column.text(32), primary: true },
    ...Object.fromEntries(Object.entries(ALARM_SUMS).map(([k, name]) => [k, { name, type: 'int' as const, default: 0 }])),
  },
});
