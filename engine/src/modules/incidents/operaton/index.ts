import { DataSource } from 'typeorm';
import { OperatonHistory } from '../../../operaton/history';
import { OperatonIncidents } from '../../../operaton/incidents';
import { OperatonRest } from '../../../operaton/rest';
import { AuditLog } from '../../audit/service';
import { CaseTimeline } from '../../cases/timeline';
import { LiveEvents } from '../../../live/events';
import { OperatonIncidentService } from './service';

export { OperatonIncidentService };
export type { IncidentFilter } from './service';
export type { IncidentView, IncidentKind, IncidentStatus } from './view';

export interface OperatonIncidentDeps {
  dataSource: DataSource;
  rest: OperatonRest;
  timeline: CaseTimeline;
  audit: AuditLog;
  live: LiveEvents;
}

/** Incidents through Operaton: what GET /cases/:id/incidents, a supervisors' list and the retry route call. */
export function operatonIncidents(deps: OperatonIncidentDeps): OperatonIncidentService {
  return new OperatonIncidentService(deps.dataSource, new OperatonIncidents(deps.rest), new OperatonHistory(deps.rest), deps.timeline, deps.audit, deps.live);
}
