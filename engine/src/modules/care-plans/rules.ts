import crypto from 'node:crypto';
import { careRuleBody, CareRuleView } from '@careflow/contracts';
import { DataSource, Not } from 'typeorm';
import { z } from 'zod';
import { asRow } from '../../db/columns';
import { errors } from '../../http/errors';
import { AreaService } from '../areas/service';
import { inScope, unlimited } from '../areas/scope';
import { AuditLog } from '../audit/service';
import { DictionaryService } from '../dictionaries/service';
import { PublicUser } from '../identity/entities';
import { applyRule, Author } from './rule-apply';
import { checkFields } from './checks';
import { CareFields, CarePlanEntity, CareRule, CareRuleEntity } from './entities';

type RuleBody = z.output<typeof careRuleBody>;

/**
 * 关怀规则: each gives every active elder its filter matches a plan, when it is made and on every
 * pass of the opener after (a new file, a move, a birthday that crosses the age). A rule's scope is
 * its area: a supervisor limited to areas keeps the rules within them; a rule for everywhere is an
 * unlimited user's. Changing a rule changes the plans it made that are not ended; deactivating it
 * gives no more plans and leaves the made ones standing (each can be ended on the elder file).
 */
export class CareRules {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly areas: AreaService,
    private readonly dictionaries: DictionaryService,
    private readonly today: () => string,
  ) {}

  async list(user: PublicUser): Promise<CareRuleView[]> {
    const scope = await this.areas.scopeOf(user);
    const rules = await this.dataSource.getRepository(CareRuleEntity).find({ order: { createdAt: 'DESC' } });
    return this.views(rules.filter((r) => (r.areaPath === null ? scope === null : inScope(scope, r.areaPath))));
  }

  async create(body: RuleBody, user: PublicUser, actor: Author): Promise<CareRuleView> {
    const now = new Date();
    const rule: CareRule = { id: crypto.randomUUID(), ...body, areaPath: await this.checked(body, user), active: true, createdBy: user.id, createdAt: now, updatedAt: now };
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(CareRuleEntity).insert(asRow(rule));
      await this.audit.record(actor, { action: 'care_rule.create', entityType: 'care_rule', entityId: rule.id, after: { ...rule } }, m);
    });
    await applyRule(this.dataSource, this.audit, rule, this.today(), actor);
    return (await this.views([rule]))[0];
  }

  async update(id: string, body: RuleBody, user: PublicUser, actor: Author): Promise<CareRuleView> {
    const before = await this.visible(id, user);
    const { name, filter, ...fields } = body;
    const rule: CareRule = { ...before, name, filter, ...fields, areaPath: await this.checked(body, user), updatedAt: new Date() };
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(CareRuleEntity).update({ id }, asRow<CareRule>({ name, filter, ...fields, areaPath: rule.areaPath, updatedAt: rule.updatedAt }));
      // What, how and when: the plans the rule made follow it (their elders and days stay).
      await m.getRepository(CarePlanEntity).update({ ruleId: id, status: Not('ended') }, asRow<CareFields>(fields));
      await this.audit.record(actor, { action: 'care_rule.update', entityType: 'care_rule', entityId: id, before: { ...before }, after: { ...rule } }, m);
    });
    if (rule.active) await applyRule(this.dataSource, this.audit, rule, this.today(), actor);
    return (await this.views([rule]))[0];
  }

  async deactivate(id: string, user: PublicUser, actor: Author): Promise<CareRuleView> {
    const rule = await this.visible(id, user);
    const changed = { ...rule, active: false, updatedAt: new Date() };
    await this.dataSource.transaction(async (m) => {
      const { affected } = await m.getRepository(CareRuleEntity).update({ id, active: true }, { active: false, updatedAt: changed.updatedAt });
      if (!affected) throw errors.conflict('The care rule is not active');
      await this.audit.record(actor, { action: 'care_rule.deactivate', entityType: 'care_rule', entityId: id, before: { active: true }, after: { active: false } }, m);
    });
    return (await this.views([changed]))[0];
  }

  /** Gives every active rule's plan to the elders who came to match it (a pass of the opener). */
  async applyAll(today: string, actor: Author): Promise<number> {
    let made = 0;
    for (const rule of await this.dataSource.getRepository(CareRuleEntity).findBy({ active: true })) made += await applyRule(this.dataSource, this.audit, rule, today, actor);
    return made;
  }

  /** The rule if the user's scope holds its area; else not found, so ids outside the scope tell nothing. */
  private async visible(id: string, user: PublicUser): Promise<CareRule> {
    const rule = await this.dataSource.getRepository(CareRuleEntity).findOneBy({ id });
    const scope = rule && (await this.areas.scopeOf(user));
    if (!rule || (rule.areaPath === null ? scope !== null : !inScope(scope ?? null, rule.areaPath))) throw errors.notFound(`Care rule ${id}`);
    return rule;
  }

  /** Checks a rule's fields and filter; returns its area's path. An area outside the user's scope, or everywhere for a user limited to areas, is forbidden. */
  private async checked(body: RuleBody, user: PublicUser): Promise<string | null> {
    await checkFields(this.dataSource, body);
    const problems = (await Promise.all(body.filter.livingSituations.map((code, i) => this.dictionaries.problem('living_situation', code, `filter.livingSituations.${i}`)))).filter((p) => p !== undefined);
    if (problems.length) throw errors.invalidInput(problems);
    if (body.filter.areaCode === null) {
      if (!unlimited(user)) throw errors.forbidden('A rule for every area is for users not limited to areas: choose an area of yours');
      return null;
    }
    const area = await this.areas.require(body.filter.areaCode, 'filter.areaCode');
    if (!inScope(await this.areas.scopeOf(user), area.path)) throw errors.forbidden(`Area ${area.code} is outside your area scope`);
    return area.path;
  }

  private async views(rules: CareRule[]): Promise<CareRuleView[]> {
    if (!rules.length) return [];
    const counts: { ruleId: string; plans: string | number }[] = await this.dataSource
      .createQueryBuilder()
      .select('p.rule_id', 'ruleId')
      .addSelect('COUNT(*)', 'plans')
      .from('care_plans', 'p')
      .where('p.rule_id IN (:...ids)', { ids: rules.map((r) => r.id) })
      .andWhere("p.status <> 'ended'")
      .groupBy('p.rule_id')
      .getRawMany();
    return rules.map(({ areaPath: _path, createdBy: _by, updatedAt: _at, ...rule }) => ({ ...rule, plans: Number(counts.find((c) => c.ruleId === rule.id)?.plans ?? 0) }));
  }
}
