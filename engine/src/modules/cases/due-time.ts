import type { ServiceTypeSettings } from '@careflow/contracts';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { WorkingDays } from '../calendar/working-days';
import { Case, CaseEntity } from './entities';
import { UNFINISHED } from './operaton/deps';

/** The target closing time from a service type's SLA; working days follow the business calendar. */
export function dueTime(openedAt: Date, sla: ServiceTypeSettings['sla'], workingDays: WorkingDays): Date | null {
  if (!sla) return null;
  if (sla.unit === 'minutes') return new Date(openedAt.getTime() + sla.value * 60_000);
  if (sla.unit === 'hours') return new Date(openedAt.getTime() + sla.value * 3600_000);
  return workingDays.add(openedAt, sla.value);
}

/** The open cases (alias c) due before a moment: overdue at `before` = now, or near due at a later one (the wallboard, the alerts). */
export function openCasesDueBefore(dataSource: DataSource, before: Date): SelectQueryBuilder<Case> {
  return dataSource.getRepository(CaseEntity).createQueryBuilder('c').where('c.status IN (:...unfinished)', { unfinished: UNFINISHED }).andWhere('c.dueAt IS NOT NULL AND c.dueAt < :dueBefore', { dueBefore: before });
}
