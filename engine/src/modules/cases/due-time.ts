import { WorkingDays } from '../calendar/working-days';
import type { ServiceTypeSettings } from '@careflow/contracts';

/** The target closing time from a service type's SLA; working days follow the business calendar. */
export function dueTime(openedAt: Date, sla: ServiceTypeSettings['sla'], workingDays: WorkingDays): Date | null {
  if (!sla) return null;
  if (sla.unit === 'minutes') return new Date(openedAt.getTime() + sla.value * 60_000);
  if (sla.unit === 'hours') return new Date(openedAt.getTime() + sla.value * 3600_000);
  return workingDays.add(openedAt, sla.value);
}
