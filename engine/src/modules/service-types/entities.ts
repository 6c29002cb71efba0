import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';
import type { ServiceTypeSettings, VersionStatus } from '@careflow/contracts';

export interface ServiceType {
  key: string;
  nameZh: string;
  nameEn: string;
  category: string;
  icon: string | null;
  intakeFormKey: string | null;
  publishedVersion: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export type { VersionStatus };

export interface ServiceTypeVersion {
  typeKey: string;
  version: number;
  bpmnXml: string;
  settings: ServiceTypeSettings;
  status: VersionStatus;
  bpmnProcessId: string | null;
  processDefinitionKey: string | null;
  /** The process engine's version of the published definition (1, 2, … per process id). */
  definitionVersion: number | null;
  /** The form versions pinned at publishing: form key → version. */
  formVersions: Record<string, number> | null;
  createdBy: string;
  createdAt: Date;
  publishedBy: string | null;
  publishedAt: Date | null;
}

export const ServiceTypeEntity = new EntitySchema<ServiceType>({
  name: 'ServiceType',
  tableName: 'service_types',
  columns: {
    key: { ...named('type_key', column.text(64)), primary: true },
    nameZh: named('name_zh', column.text(100)),
    nameEn: named('name_en', column.text(100)),
    category: column.text(64),
    icon: column.text(64, true),
    intakeFormKey: named('intake_form_key', column.text(100, true)),
    publishedVersion: { type: 'int', nullable: true, name: 'published_version' },
    createdAt: named('created_at', column.time()),
    updatedAt: named('updated_at', column.time()),
  },
});

export const ServiceTypeVersionEntity = new EntitySchema<ServiceTypeVersion>({
  name: 'ServiceTypeVersion',
  tableName: 'service_type_versions',
  columns: {
    typeKey: { ...named('type_key', column.text(64)), primary: true },
    version: { type: 'int', primary: true },
    bpmnXml: named('bpmn_xml', column.longText()),
    settings: column.json(),
    status: column.text(16),
    bpmnProcessId: named('bpmn_process_id', column.text(255, true)),
    processDefinitionKey: named('process_definition_key', { ...column.engineKey(), nullable: true }),
    definitionVersion: { type: 'int', nullable: true, name: 'definition_version' },
    formVersions: named('form_versions', column.json(true)),
    createdBy: named('created_by', column.text(36)),
    createdAt: named('created_at', column.time()),
    publishedBy: named('published_by', column.text(36, true)),
    publishedAt: named('published_at', column.time(true)),
  },
});
