import { DataSource, In, Not } from 'typeorm';
import { Actor, AuditLog } from '../../audit/service';
import { CarePlan, CarePlanEntity } from '../../care-plans/entities';
import { ElderService } from '../../elders/service';
import { PublicUser } from '../../identity/entities';
import { writeSheet } from '../sheets';
import { CHANNEL_LABELS, KIND_LABELS } from '../../care-plans/labels';
import { COMMUNITY_WORKER, HOLIDAY_LABELS, scheduleCells } from './care-labels';
import { CARE_PLAN_COLUMNS } from './care-plans';

const EXPORT_LIMIT = 100_000;
const BATCH = 1000;

/**
 * The standing care plans (active and paused) of the elders in the user's area scope as the import's
 * sheet: imported again, every row is unchanged. It names elders by ID card, so it is audited as a
 * full elder export is.
 */
export async function exportCarePlans(dataSource: DataSource, elders: ElderService, audit: AuditLog, query: { areaCode?: string }, user: PublicUser, actor: Actor): Promise<Buffer> {
  const files = await (await elders.matching(query, user)).take(EXPORT_LIMIT).getMany();
  const plans = new Map<string, CarePlan[]>();
  for (let i = 0; i < files.length; i += BATCH) {
    const ids = files.slice(i, i + BATCH).map((e) => e.id);
    for (const plan of await dataSource.getRepository(CarePlanEntity).find({ where: { elderId: In(ids), status: Not('ended') }, order: { createdAt: 'ASC' } })) {
      plans.set(plan.elderId, [...(plans.get(plan.elderId) ?? []), plan]);
    }
  }
  const rows = files.flatMap((e) =>
    (plans.get(e.id) ?? []).map((p) => [
      e.name, e.idCard ?? '', KIND_LABELS[p.kind], CHANNEL_LABELS[p.channel], ...scheduleCells(p.schedule), p.windowFrom, p.windowTo, HOLIDAY_LABELS[p.holidays],
      p.subject, p.message, p.owner.kind === 'group' ? p.owner.group : COMMUNITY_WORKER, p.startsOn, p.endsOn ?? '',
    ]),
  );
  await audit.record(actor, { action: 'care_plan.export', entityType: 'care_plan', after: { count: rows.length, query } });
  return writeSheet('关怀计划', CARE_PLAN_COLUMNS, rows);
}
