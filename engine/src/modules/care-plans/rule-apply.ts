import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { insertRows } from '../../db/columns';
import { isUniqueViolation } from '../../db/errors';
import { LIKE_ESCAPE, startingWith } from '../../db/like';
import { Actor, AuditLog } from '../audit/service';
import { CarePlan, CarePlanEntity, CareRule } from './entities';

/** Who applies a rule: a person making it, or the engine's service user on a pass. */
export type Author = Actor & { id: string };

/** Elders given plans per statement: a few thousand bound values, within either database's limits. */
const BATCH = 200;

/** The latest birth date of someone `age` years old on `today` (someone born on 29 February comes of age on 1 March). */
export const bornBy = (today: string, age: number) => `${String(Number(today.slice(0, 4)) - age).padStart(4, '0')}${today.slice(4)}`;

/** The active elders the rule matches who have no plan of it yet, after `after` in id order, as set-based SQL. */
async function unplannedElders(dataSource: DataSource, rule: CareRule, today: string, after: string): Promise<string[]> {
  const qb = dataSource.createQueryBuilder().select('e.id', 'id').from('elders', 'e').where("e.status = 'active'").andWhere('e.id > :after', { after });
  if (rule.areaPath !== null) qb.andWhere(`e.area_path LIKE :area ${LIKE_ESCAPE}`, { area: startingWith(rule.areaPath) });
  if (rule.filter.livingSituations.length) qb.andWhere('e.living_situation IN (:...situations)', { situations: rule.filter.livingSituations });
  if (rule.filter.minAge !== null) qb.andWhere('e.birth_date <= :bornBy', { bornBy: bornBy(today, rule.filter.minAge) });
  // The community worker's plan needs one on the file (as a plan made by hand does).
  if (rule.owner.kind === 'community_worker') qb.andWhere('e.community_worker IS NOT NULL');
  qb.andWhere('NOT EXISTS (SELECT 1 FROM care_plans p WHERE p.rule_id = :rule AND p.elder_id = e.id AND p.rule_elder IS NOT NULL)', { rule: rule.id });
  return (await qb.orderBy('e.id', 'ASC').limit(BATCH).getRawMany<{ id: string }>()).map((r) => r.id);
}

/**
 * Gives the rule's plan (from today) to every active elder it matches who holds none of it: in
 * batches, one insert each, audited once for the rule. Each plan holds `ruleId/elderId` under a
 * unique key, so when two engines apply the rule at once an elder gets one plan; the loser stops
 * and its next pass goes on.
 */
export async function applyRule(dataSource: DataSource, audit: AuditLog, rule: CareRule, today: string, actor: Author): Promise<number> {
  let made = 0;
  for (let after = ''; ; ) {
    const elderIds = await unplannedElders(dataSource, rule, today, after);
    if (!elderIds.length) break;
    const now = new Date();
    const { kind, channel, schedule, windowFrom, windowTo, holidays, subject, message, owner } = rule;
    const fields = { kind, channel, schedule, windowFrom, windowTo, holidays, subject, message, owner };
    const plans = elderIds.map(
      (elderId): CarePlan => ({ id: crypto.randomUUID(), elderId, ...fields, startsOn: today, endsOn: null, status: 'active', statusReason: null, ruleId: rule.id, ruleElder: `${rule.id}/${elderId}`, createdBy: actor.id, createdAt: now, updatedAt: now }),
    );
    try {
      await insertRows(dataSource.manager, CarePlanEntity, plans);
    } catch (error) {
      if (isUniqueViolation(error)) break;
      throw error;
    }
    made += plans.length;
    after = elderIds[elderIds.length - 1];
    if (elderIds.length < BATCH) break;
  }
  if (made) await audit.record(actor, { action: 'care_rule.apply', entityType: 'care_rule', entityId: rule.id, after: { plans: made, startsOn: today } });
  return made;
}
