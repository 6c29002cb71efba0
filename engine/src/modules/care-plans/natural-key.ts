import type { CareSchedule } from '@careflow/contracts';
import { CarePlan } from './entities';

/** A schedule written one way: weekdays in order, once each (a plan made with [5, 1] is the same as [1, 5]). */
const canonical = (schedule: CareSchedule): CareSchedule => (schedule.kind === 'weekly' ? { kind: 'weekly', weekdays: [...new Set(schedule.weekdays)].sort((a, b) => a - b) } : schedule);

/**
 * The natural key of a plan on an elder file, for imports: the elder, what (kind), how (channel) and
 * when (schedule). One elder's standing plans are told apart by it; a row with the key of a standing
 * plan is that plan.
 */
export const naturalKey = (plan: Pick<CarePlan, 'elderId' | 'kind' | 'channel' | 'schedule'>) => JSON.stringify([plan.elderId, plan.kind, plan.channel, canonical(plan.schedule)]);

/** The fields besides the key that an import may change; the names of those that differ. */
export const IMPORTED_FIELDS = ['windowFrom', 'windowTo', 'holidays', 'subject', 'message', 'owner', 'startsOn', 'endsOn'] as const;
export type ImportedFields = Pick<CarePlan, (typeof IMPORTED_FIELDS)[number]>;

export function changedFields(stored: ImportedFields, incoming: ImportedFields): (keyof ImportedFields)[] {
  const owner = (o: CarePlan['owner']) => (o.kind === 'group' ? `group:${o.group}` : o.kind);
  return IMPORTED_FIELDS.filter((field) => (field === 'owner' ? owner(stored.owner) !== owner(incoming.owner) : stored[field] !== incoming[field]));
}
