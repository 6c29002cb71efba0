import { ServiceTypeSettings } from '../service-types/schema';

/**
 * The target closing time from a service type's SLA. Working days skip Saturdays and Sundays;
 * public holidays need the business calendar (not here yet), so they count as working days.
 */
export function dueTime(openedAt: Date, sla: ServiceTypeSettings['sla']): Date | null {
  if (!sla) return null;
  if (sla.unit === 'minutes') return new Date(openedAt.getTime() + sla.value * 60_000);
  if (sla.unit === 'hours') return new Date(openedAt.getTime() + sla.value * 3600_000);
  const due = new Date(openedAt);
  let left = sla.value;
  while (left > 0) {
    due.setUTCDate(due.getUTCDate() + 1);
    const weekday = due.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return due;
}
