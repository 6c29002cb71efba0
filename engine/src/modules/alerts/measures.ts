import { ALERT_DEFAULTS } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { LIKE_ESCAPE, startingWith } from '../../db/like';
import { openCasesDueBefore } from '../cases/due-time';
import { CallEntity } from '../telephony/entities';
import { unconfirmedAlarmCases } from '../wallboard/queues';
import type { AlertRuleRow } from './entities';

/** A rule's figure now: a percentage or a count (null: too few calls to judge), and whether it is past the threshold. */
export interface Reading {
  value: number | null;
  crossed: boolean;
  /** What the figure was made of, for the notice (the calls judged). */
  basis?: number;
}

/** Reads a rule's figure (the definitions on 指标口径 and in contracts/api/alerts.ts), by index: a few rows a minute. */
export async function readFigure(dataSource: DataSource, rule: AlertRuleRow, now: Date): Promise<Reading> {
  if (rule.kind === 'answer_rate') return answerRate(dataSource, rule, now);
  const qb =
    rule.kind === 'overdue_cases'
      ? openCasesDueBefore(dataSource, now)
      : unconfirmedAlarmCases(dataSource).andWhere('c.openedAt < :before', { before: new Date(now.getTime() - (rule.minutes ?? ALERT_DEFAULTS.alarmAgeMinutes) * 60_000) });
  if (rule.areaPath) qb.andWhere(`c.areaPath LIKE :area ${LIKE_ESCAPE}`, { area: startingWith(rule.areaPath) });
  const count = await qb.getCount();
  return { value: count, crossed: count > rule.threshold };
}

/** Answered ÷ ended among the inbound calls started in the window, as a percentage to one decimal. */
async function answerRate(dataSource: DataSource, rule: AlertRuleRow, now: Date): Promise<Reading> {
  const since = new Date(now.getTime() - (rule.minutes ?? ALERT_DEFAULTS.windowMinutes) * 60_000);
  const row = await dataSource
    .getRepository(CallEntity)
    .createQueryBuilder('c')
    .select('COUNT(*)', 'ended')
    .addSelect('SUM(CASE WHEN c.answeredAt IS NOT NULL THEN 1 ELSE 0 END)', 'answered')
    .where("c.direction = 'inbound' AND c.status = 'ended'")
    .andWhere('c.startedAt >= :since AND c.startedAt <= :now', { since, now })
    .getRawOne<{ ended: string | number; answered: string | number | null }>();
  const ended = Number(row?.ended ?? 0);
  if (ended < (rule.minCalls ?? ALERT_DEFAULTS.minCalls)) return { value: null, crossed: false, basis: ended };
  const value = Math.round((Number(row?.answered ?? 0) / ended) * 1000) / 10;
  return { value, crossed: value < rule.threshold, basis: ended };
}
