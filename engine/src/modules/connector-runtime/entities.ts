import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

/** A side effect a connector performed, kept by its idempotency key so it never happens twice. */
export interface ConnectorEffect {
  key: string;
  jobType: string;
  caseId: string | null;
  result: unknown;
  createdAt: Date;
}

export const ConnectorEffectEntity = new EntitySchema<ConnectorEffect>({
  name: 'ConnectorEffect',
  tableName: 'connector_effects',
  columns: {
    key: { ...column.text(255), primary: true },
    jobType: named('job_type', column.text(100)),
    caseId: named('case_id', column.text(36, true)),
    result: column.json(true),
    createdAt: named('created_at', column.time()),
  },
});
