import { EntityManager } from 'typeorm';
import { rawTime } from '../../db/raw-time';
import { secondsBetween } from '../../time';
import { localDay } from '../calendar/working-days';
import { Case, CaseEntity } from '../cases/entities';
import type { CaseCloser } from '../cases/operaton/closer';
import { DispatchEntity } from '../dispatches/entities';
import { PopEntity } from '../telephony/inbound/entities';
import { addUp } from './add-up';
import { firstCompletedTaskAt } from './case-tally';
import { ALARM_SUMS, type AlarmPlace, type AlarmSums } from './alarm-entities';

export const ALARM_SUM_KEYS = Object.keys(ALARM_SUMS) as (keyof AlarmSums)[];
export const NO_ALARM_SUMS = Object.fromEntries(ALARM_SUM_KEYS.map((k) => [k, 0])) as AlarmSums;

/** The channel of cases an alarm opened. */
const ALARM_CHANNEL = 'alarm';
/** The shipped 确认警情 form's field, and its value for a false alarm. */
const OUTCOME_VARIABLE = 'alarmOutcome';
const FALSE_ALARM = 'false_alarm';
/** The variable an alarm opens its case with ({ terminalId, button, at… }). */
const ALARM_VARIABLE = 'alarm';

/** When each stage of the response was first reached (null: never). */
export interface ResponseTimes {
  calledBack: Date | null;
  dispatched: Date | null;
  accepted: Date | null;
  onSite: Date | null;
}

/**
 * What an ended alarm case adds: one alarm, and each stage it reached with the seconds from the
 * alarm (the case's opening) to it. The callback is the case's first completed task (its first step
 * is 确认警情, as the wallboard's "unconfirmed" reads it); the others are its first order's times.
 */
export function alarmSums(openedAt: Date, times: ResponseTimes, end: { falseAlarm: boolean; canceled: boolean }): AlarmSums {
  const sums: AlarmSums = { ...NO_ALARM_SUMS, alarms: 1, falseAlarms: end.falseAlarm ? 1 : 0, canceled: end.canceled ? 1 : 0 };
  const stage = (at: Date | null, count: 'calledBack' | 'dispatched' | 'accepted' | 'onSite', seconds: 'callbackSec' | 'dispatchSec' | 'acceptSec' | 'onSiteSec') => {
    if (!at) return;
    sums[count] = 1;
    sums[seconds] = secondsBetween(openedAt, at);
  };
  stage(times.calledBack, 'calledBack', 'callbackSec');
  stage(times.dispatched, 'dispatched', 'dispatchSec');
  stage(times.accepted, 'accepted', 'acceptSec');
  stage(times.onSite, 'onSite', 'onSiteSec');
  return sums;
}

/** The first completed task and the first order's dispatch, acceptance and arrival of a case. */
async function responseTimes(m: EntityManager, caseId: string): Promise<ResponseTimes> {
  const [calledBack, order] = await Promise.all([
    firstCompletedTaskAt(m, caseId),
    m
      .getRepository(DispatchEntity)
      .createQueryBuilder('d')
      .select('MIN(d.createdAt)', 'dispatched')
      .addSelect('MIN(d.acceptedAt)', 'accepted')
      .addSelect('MIN(d.startedAt)', 'onSite')
      .where('d.caseId = :caseId', { caseId })
      .getRawOne<{ dispatched: unknown; accepted: unknown; onSite: unknown }>(),
  ]);
  return { calledBack, dispatched: rawTime(order?.dispatched), accepted: rawTime(order?.accepted), onSite: rawTime(order?.onSite) };
}

const KEYS = ['day', 'service_type', 'area_path', 'button'];

async function addAlarm(m: EntityManager, place: AlarmPlace, sums: AlarmSums): Promise<void> {
  await addUp(m, 'alarm_stats', KEYS, ALARM_SUM_KEYS.map((k) => ALARM_SUMS[k]), [[place.day, place.serviceType, place.areaPath, place.button, ...ALARM_SUM_KEYS.map((k) => sums[k])]]);
}

const buttonOf = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 32) : '');

/**
 * Keeps the emergency response figures current: an alarm case that ends (closed or canceled) adds
 * to the day it was raised, in the transaction that ends it, so each alarm counts exactly once.
 */
export function tallyAlarms(timeZone: string, closer: CaseCloser): void {
  const place = (row: Case, button: string): AlarmPlace => ({ day: localDay(row.openedAt, timeZone).date, serviceType: row.serviceTypeKey, areaPath: row.areaPath ?? '', button });
  const alarmCase = async (m: EntityManager, caseId: string) => {
    const row = await m.getRepository(CaseEntity).findOneByOrFail({ id: caseId });
    return row.channel === ALARM_CHANNEL ? row : null;
  };

  closer.onClosed([OUTCOME_VARIABLE, ALARM_VARIABLE], async (m, closed) => {
    const row = await alarmCase(m, closed.caseId);
    if (!row) return;
    const alarm = closed.variables[ALARM_VARIABLE] as { button?: unknown } | undefined;
    const sums = alarmSums(row.openedAt, await responseTimes(m, row.id), { falseAlarm: closed.variables[OUTCOME_VARIABLE] === FALSE_ALARM, canceled: false });
    await addAlarm(m, place(row, buttonOf(alarm?.button)), sums);
  });
  closer.onCanceled(async (m, canceled) => {
    const row = await alarmCase(m, canceled.caseId);
    if (!row) return;
    // A canceled case has no variables read for it: its button is the one its first alarm pop shows.
    const pop = await m.getRepository(PopEntity).findOne({ where: { caseId: row.id, kind: 'alarm' }, order: { at: 'ASC' } });
    const terminal = (pop?.body as { terminal?: { button?: unknown } | null } | undefined)?.terminal;
    await addAlarm(m, place(row, buttonOf(terminal?.button)), alarmSums(row.openedAt, await responseTimes(m, row.id), { falseAlarm: false, canceled: true }));
  });
}
