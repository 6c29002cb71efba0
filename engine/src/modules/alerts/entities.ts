import { EntitySchema } from 'typeorm';
import type { AlertKind } from '@careflow/contracts';
import { column, named } from '../../db/columns';

/** A supervisor's threshold, with where its figure stood at the last check. */
export interface AlertRuleRow {
  id: string;
  kind: AlertKind;
  name: string;
  threshold: number;
  minutes: number | null;
  minCalls: number | null;
  areaCode: string | null;
  /** The watched area's path ('' the whole bureau): whose scope may see and keep the rule. */
  areaPath: string;
  active: boolean;
  /** Set, only where it was null, by the engine that saw the crossing first: each crossing is told once. */
  crossedSince: Date | null;
  lastValue: number | null;
  lastCheckedAt: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export const AlertRuleEntity = new EntitySchema<AlertRuleRow>({
  name: 'AlertRule',
  tableName: 'alert_rules',
  columns: {
    id: column.id(),
    kind: column.text(24),
    name: column.text(60),
    threshold: { type: 'double' },
    minutes: { type: 'int', nullable: true },
    minCalls: { name: 'min_calls', type: 'int', nullable: true },
    areaCode: named('area_code', column.text(32, true)),
    areaPath: named('area_path', column.text(200)),
    active: column.flag(),
    crossedSince: named('crossed_since', column.time(true)),
    lastValue: { name: 'last_value', type: 'double', nullable: true },
    lastCheckedAt: named('last_checked_at', column.time(true)),
    createdBy: named('created_by', column.text(36)),
    createdAt: named('created_at', column.time()),
    updatedAt: named('updated_at', column.time()),
  },
});

/** One crossing of a rule's threshold, and whom it was told to. */
export interface AlertCrossingRow {
  id: string;
  ruleId: string;
  startedAt: Date;
  endedAt: Date | null;
  value: number;
  threshold: number;
  notified: number;
  texted: number;
}

export const AlertCrossingEntity = new EntitySchema<AlertCrossingRow>({
  name: 'AlertCrossing',
  tableName: 'alert_crossings',
  columns: {
    id: column.id(),
    ruleId: named('rule_id', column.text(36)),
    startedAt: named('started_at', column.time()),
    endedAt: named('ended_at', column.time(true)),
    value: { type: 'double' },
    threshold: { type: 'double' },
    notified: { type: 'int', default: 0 },
    texted: { type: 'int', default: 0 },
  },
  indices: [
    { name: 'ix_alert_crossings_rule', columns: ['ruleId', 'startedAt'] },
    { name: 'ix_alert_crossings_started', columns: ['startedAt'] },
  ],
});
