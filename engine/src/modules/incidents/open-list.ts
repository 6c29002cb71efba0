import { DataSource, In } from 'typeorm';
import { CaseEntity } from '../cases/entities';
import { Incident, IncidentEntity } from './entities';
import type { IncidentFilter } from './operaton';
import { visible } from './operaton/service';

/**
 * The supervisors' list while Zeebe runs cases: the open incidents CareFlow holds (every one a
 * connector job out of retries), oldest first, within the user's scope and the list's filter.
 */
export async function openZeebeIncidents(dataSource: DataSource, filter: IncidentFilter): Promise<{ incidents: Incident[]; total: number }> {
  // Zeebe's incidents are all connector jobs, Operaton's failedExternalTask.
  if ((filter.kind && filter.kind !== 'connector') || (filter.incidentType && filter.incidentType !== 'failedExternalTask')) return { incidents: [], total: 0 };
  const open = await dataSource.getRepository(IncidentEntity).find({ where: { status: 'open' }, order: { createdAt: 'ASC' } });
  const caseIds = [...new Set(open.map((i) => i.caseId).filter((id): id is string => id !== null))];
  const cases = caseIds.length > 0 ? await dataSource.getRepository(CaseEntity).findBy({ id: In(caseIds) }) : [];
  const byId = new Map(cases.map((c) => [c.id, c]));
  const matching = open.filter((i) => visible(i.caseId ? (byId.get(i.caseId) ?? null) : null, filter));
  return { incidents: matching.slice((filter.page - 1) * filter.pageSize, filter.page * filter.pageSize), total: matching.length };
}
