import { DataSource, EntityManager, In } from 'typeorm';
import { errors, FieldProblem } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { DictionaryService } from '../dictionaries/service';
import { ServiceItemEntity } from '../providers/entities';
import { SubsidyCap, SubsidyCapEntity, SubsidyKind, SubsidyRule, SubsidyRuleEntity } from './entities';

export interface SubsidyRulesInput {
  rules: { category: string; itemCode: string; kind: SubsidyKind; value: number }[];
  caps: { category: string; monthlyCap: number | null }[];
}

/** The rules of one category, with its monthly cap (null: no cap). */
export interface CategoryTerms {
  rules: SubsidyRule[];
  monthlyCap: number | null;
}

/** 补贴规则: what each subsidy category pays, and its monthly caps; replaced as a whole. */
export class SubsidyRules {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly dictionaries: DictionaryService,
  ) {}

  async all(m: EntityManager = this.dataSource.manager): Promise<{ rules: SubsidyRule[]; caps: SubsidyCap[] }> {
    const rules = await m.getRepository(SubsidyRuleEntity).find({ order: { category: 'ASC', itemCode: 'ASC' } });
    const caps = await m.getRepository(SubsidyCapEntity).find({ order: { category: 'ASC' } });
    return { rules, caps };
  }

  /** An elder without a category gets no subsidy, and no cap applies to nothing. */
  async of(m: EntityManager, category: string | null): Promise<CategoryTerms> {
    if (category === null) return { rules: [], monthlyCap: null };
    const rules = await m.getRepository(SubsidyRuleEntity).findBy({ category });
    const cap = await m.getRepository(SubsidyCapEntity).findOneBy({ category });
    return { rules, monthlyCap: cap?.monthlyCap ?? null };
  }

  async replace(input: SubsidyRulesInput, actor: Actor & { id: string }): Promise<{ rules: SubsidyRule[]; caps: SubsidyCap[] }> {
    await this.check(input);
    return this.dataSource.transaction(async (m) => {
      const before = await this.all(m);
      const now = new Date();
      // DELETE, not TRUNCATE: MySQL commits a TRUNCATE at once, outside the transaction.
      await m.createQueryBuilder().delete().from(SubsidyRuleEntity).execute();
      await m.createQueryBuilder().delete().from(SubsidyCapEntity).execute();
      const rules = input.rules.map((r): SubsidyRule => ({ ...r, updatedAt: now, updatedBy: actor.id }));
      if (rules.length > 0) await m.getRepository(SubsidyRuleEntity).insert(rules);
      if (input.caps.length > 0) await m.getRepository(SubsidyCapEntity).insert(input.caps.map((c) => ({ ...c })));
      const after = await this.all(m);
      await this.audit.record(actor, { action: 'subsidy_rules.update', entityType: 'subsidy_rules', entityId: 'all', before: { ...before }, after: { ...after } }, m);
      return after;
    });
  }

  private async check(input: SubsidyRulesInput): Promise<void> {
    const problems: FieldProblem[] = [];
    const codes = [...new Set(input.rules.map((r) => r.itemCode).filter((c) => c !== '*'))];
    const known = new Set(codes.length === 0 ? [] : (await this.dataSource.getRepository(ServiceItemEntity).findBy({ code: In(codes) })).map((i) => i.code));
    for (const [i, rule] of input.rules.entries()) {
      const category = await this.dictionaries.problem('subsidy_category', rule.category, `rules.${i}.category`);
      if (category) problems.push(category);
      if (rule.itemCode !== '*' && !known.has(rule.itemCode)) problems.push({ path: `rules.${i}.itemCode`, message: `no service item ${rule.itemCode}` });
      if (rule.kind === 'percent' && rule.value > 100) problems.push({ path: `rules.${i}.value`, message: 'a percentage lies within 0–100' });
      if (input.rules.findIndex((r) => r.category === rule.category && r.itemCode === rule.itemCode) !== i) problems.push({ path: `rules.${i}.itemCode`, message: `${rule.category}/${rule.itemCode} has a rule already` });
    }
    for (const [i, cap] of input.caps.entries()) {
      const category = await this.dictionaries.problem('subsidy_category', cap.category, `caps.${i}.category`);
      if (category) problems.push(category);
      if (input.caps.findIndex((c) => c.category === cap.category) !== i) problems.push({ path: `caps.${i}.category`, message: `${cap.category} has a cap already` });
    }
    if (problems.length > 0) throw errors.invalidInput(problems);
  }
}
