import { EntitySchema } from 'typeorm';
import type { DecisionVersionView } from '@careflow/contracts';
import { column, named } from '../../db/columns';

/** One version of a decision table's DMN. Published versions are never changed again; the newest published one is what runs. */
export interface DecisionVersion {
  key: string;
  version: number;
  name: string;
  dmnXml: string;
  status: DecisionVersionView['status'];
  /** Operaton's deployment of this version, once published. */
  deploymentId: string | null;
  definitionVersion: number | null;
  createdBy: string;
  createdAt: Date;
  publishedBy: string | null;
  publishedAt: Date | null;
}

export const DecisionVersionEntity = new EntitySchema<DecisionVersion>({
  name: 'DecisionVersion',
  tableName: 'decision_versions',
  columns: {
    key: { ...named('decision_key', column.text(64)), primary: true },
    version: { type: 'int', primary: true },
    name: column.text(200),
    dmnXml: named('dmn_xml', column.longText()),
    status: column.text(16),
    deploymentId: named('deployment_id', column.text(64, true)),
    definitionVersion: { type: 'int', nullable: true, name: 'definition_version' },
    createdBy: named('created_by', column.text(36)),
    createdAt: named('created_at', column.time()),
    publishedBy: named('published_by', column.text(36, true)),
    publishedAt: named('published_at', column.time(true)),
  },
});
