import { DataSource } from 'typeorm';
import { Actor } from '../audit/service';
import { UNFINISHED } from '../cases/operaton/deps';
import { PublicUser } from '../identity/entities';
import { CarePlans, STOP_REASONS } from './service';

/** Why the system ended a plan, by its elder's status (on the plan, the case timeline and in the audit trail). */
export const DEPARTED_REASONS: Record<string, string> = { deceased: '老人已去世', moved: '老人已迁出' };

/**
 * Ends the plans of elders no longer served (died, moved away), then cancels the cases still
 * running of plans that are not active: those a pause or an end could not cancel at the time (the
 * process engine was away) and those just ended here.
 */
export async function stopDeparted(dataSource: DataSource, plans: CarePlans, user: PublicUser, actor: Actor): Promise<void> {
  const departed: { id: string; status: 'active' | 'paused'; elderStatus: string }[] = await dataSource
    .createQueryBuilder()
    .select('p.id', 'id')
    .addSelect('p.status', 'status')
    .addSelect('e.status', 'elderStatus')
    .from('care_plans', 'p')
    .innerJoin('elders', 'e', 'e.id = p.elder_id')
    .where("p.status <> 'ended'")
    .andWhere("e.status <> 'active'")
    .getRawMany();
  for (const plan of departed) await plans.endBySystem(plan, DEPARTED_REASONS[plan.elderStatus] ?? `老人档案状态：${plan.elderStatus}`, user, actor);

  const stopped: { id: string; status: 'paused' | 'ended'; statusReason: string | null }[] = await dataSource
    .createQueryBuilder()
    .select('p.id', 'id')
    .distinct(true)
    .addSelect('p.status', 'status')
    .addSelect('p.status_reason', 'statusReason')
    .from('care_plan_occurrences', 'o')
    .innerJoin('care_plans', 'p', 'p.id = o.plan_id')
    .innerJoin('cases', 'c', 'c.id = o.case_id')
    .where("o.outcome = 'pending'")
    .andWhere("p.status <> 'active'")
    .andWhere('c.status IN (:...unfinished)', { unfinished: [...UNFINISHED] })
    .getRawMany();
  for (const plan of stopped) await plans.stopRunning([plan.id], plan.statusReason ?? STOP_REASONS[plan.status], user, actor);
}
