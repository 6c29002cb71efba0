import crypto from 'node:crypto';
import { ALERT_DEFAULTS, type AlertCrossing, type AlertRule, type AlertRuleInput, type AlertRulesAnswer } from '@careflow/contracts';
import { DataSource, In, IsNull } from 'typeorm';
import { errors } from '../../http/errors';
import { inScope, withinScope } from '../areas/scope';
import type { AreaService } from '../areas/service';
import type { PublicUser } from '../identity/entities';
import { AlertCrossingEntity, AlertRuleEntity, type AlertRuleRow } from './entities';

/** The crossings listed with the rules: the latest of the rules shown. */
const CROSSINGS_LISTED = 50;

/** 预警规则: the thresholds supervisors keep, each within their area scope. */
export class AlertRules {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
  ) {}

  /** The rules of areas within the user's scope (the whole bureau's to unlimited users), and their latest crossings. */
  async list(user: PublicUser): Promise<AlertRulesAnswer> {
    const scope = await this.areas.scopeOf(user);
    const qb = this.dataSource.getRepository(AlertRuleEntity).createQueryBuilder('r');
    const rows = await withinScope(qb, scope, 'r.area_path').orderBy('r.created_at', 'ASC').getMany();
    const crossings = rows.length ? await this.dataSource.getRepository(AlertCrossingEntity).find({ where: { ruleId: In(rows.map((r) => r.id)) }, order: { startedAt: 'DESC' }, take: CROSSINGS_LISTED }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return {
      rules: await Promise.all(rows.map((r) => this.view(r))),
      crossings: crossings.map((c): AlertCrossing => ({ ...c, ruleName: byId.get(c.ruleId)?.name ?? '', kind: byId.get(c.ruleId)?.kind ?? 'answer_rate' })),
    };
  }

  async create(input: AlertRuleInput, user: PublicUser): Promise<AlertRule> {
    const now = new Date();
    const row: AlertRuleRow = { id: crypto.randomUUID(), ...(await this.settings(input, user)), crossedSince: null, lastValue: null, lastCheckedAt: null, createdBy: user.id, createdAt: now, updatedAt: now };
    await this.dataSource.getRepository(AlertRuleEntity).insert(row);
    return this.view(row);
  }

  /** Changes a rule; a rule made inactive, or given a new threshold, starts afresh: an open crossing ends, a new one is told again. */
  async update(id: string, input: AlertRuleInput, user: PublicUser): Promise<AlertRule> {
    const before = await this.visible(id, user);
    const now = new Date();
    const settings = await this.settings(input, user);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(AlertRuleEntity).update({ id }, { ...settings, crossedSince: null, lastValue: null, lastCheckedAt: null, updatedAt: now });
      await m.getRepository(AlertCrossingEntity).update({ ruleId: id, endedAt: IsNull() }, { endedAt: now });
    });
    return this.view({ ...before, ...settings, crossedSince: null, lastValue: null, lastCheckedAt: null, updatedAt: now });
  }

  /** A rule the user may see, else "not found" (ids do not leak across areas). */
  private async visible(id: string, user: PublicUser): Promise<AlertRuleRow> {
    const row = await this.dataSource.getRepository(AlertRuleEntity).findOneBy({ id });
    if (!row || !inScope(await this.areas.scopeOf(user), row.areaPath || null)) throw errors.notFound(`Alert rule ${id}`);
    return row;
  }

  /** The stored settings, defaults applied; the area must be within the user's scope, and a user limited to areas watches one. */
  private async settings(input: AlertRuleInput, user: PublicUser) {
    const scope = await this.areas.scopeOf(user);
    const area = input.areaCode ? await this.areas.find(input.areaCode) : null;
    if (input.areaCode && (!area || !inScope(scope, area.path))) throw errors.invalidInput([{ path: 'areaCode', message: `no area ${input.areaCode} within your area scope` }]);
    if (!area && scope !== null) throw errors.invalidInput([{ path: input.kind === 'answer_rate' ? 'kind' : 'areaCode', message: 'you watch the areas of your scope: choose one (the answer rate is the whole hotline’s)' }]);
    const minutes = input.kind === 'answer_rate' ? (input.minutes ?? ALERT_DEFAULTS.windowMinutes) : input.kind === 'unconfirmed_alarms' ? (input.minutes ?? ALERT_DEFAULTS.alarmAgeMinutes) : null;
    return { kind: input.kind, name: input.name, threshold: input.threshold, minutes, minCalls: input.kind === 'answer_rate' ? (input.minCalls ?? ALERT_DEFAULTS.minCalls) : null, areaCode: area?.code ?? null, areaPath: area?.path ?? '', active: input.active };
  }

  private async view(row: AlertRuleRow): Promise<AlertRule> {
    const area = row.areaCode ? await this.areas.find(row.areaCode) : null;
    return { id: row.id, kind: row.kind, name: row.name, threshold: row.threshold, minutes: row.minutes, minCalls: row.minCalls, areaCode: row.areaCode, areaName: area?.name ?? null, active: row.active, crossedSince: row.crossedSince, lastValue: row.lastValue, lastCheckedAt: row.lastCheckedAt, updatedAt: row.updatedAt };
  }
}
