import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

export interface Incident {
  jobKey: string;
  caseId: string | null;
  processInstanceKey: string;
  elementId: string;
  elementInstanceKey: string;
  jobType: string;
  variables: Record<string, unknown>;
  /** The task's headers (resultVariable, retryBackoff): a retry runs with them as the job did. */
  headers: Record<string, string> | null;
  errorMessage: string;
  status: 'open' | 'resolved';
  attempts: number;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedBy: string | null;
}

export const IncidentEntity = new EntitySchema<Incident>({
  name: 'Incident',
  tableName: 'incidents',
  columns: {
    jobKey: { ...named('job_key', column.key()), primary: true },
    caseId: named('case_id', column.text(36, true)),
    processInstanceKey: named('process_instance_key', column.key()),
    elementId: named('element_id', column.text()),
    elementInstanceKey: named('element_instance_key', column.key()),
    jobType: named('job_type', column.text(128)),
    variables: column.json(),
    headers: column.json(true),
    errorMessage: named('error_message', column.longText()),
    status: column.text(16),
    attempts: { type: 'int', default: 1 },
    createdAt: named('created_at', column.time()),
    resolvedAt: named('resolved_at', column.time(true)),
    resolvedBy: named('resolved_by', column.text(36, true)),
  },
});
