import { DataSource } from 'typeorm';
import { errors } from '../../http/errors';
import { CaseEntity } from '../cases/entities';
import { FormVersionEntity } from '../forms/entities';
import { ServiceTypeVersionEntity } from '../service-types/entities';

export interface TaskForm {
  key: string;
  version: number;
  schema: Record<string, unknown>;
}

/**
 * The form version that the service type version a case runs on pins for this key, with its
 * schema, in one read: the case, its version's pins and the form version joined. Null when the
 * version pins no such form (the caller takes the library's latest). Only the pins are read from
 * the version row, which also carries the whole BPMN. Not cached: a rollback publishes a version
 * again with the forms of that day, and a migration moves a case to another version.
 */
export async function pinnedForm(dataSource: DataSource, caseId: string, formKey: string): Promise<TaskForm | null> {
  // A quoted member name: form keys may hold dots. MySQL, MariaDB and SQLite read the same path.
  const path = `$.${JSON.stringify(formKey)}`;
  const row = await dataSource
    .getRepository(CaseEntity)
    .createQueryBuilder('c')
    .innerJoin(ServiceTypeVersionEntity.options.name, 'v', 'v.type_key = c.service_type_key AND v.version = c.service_type_version')
    .leftJoin(FormVersionEntity.options.name, 'f', 'f.form_key = :formKey AND f.version = JSON_EXTRACT(v.form_versions, :path)', { formKey, path })
    .select('JSON_EXTRACT(v.form_versions, :path)', 'pinned')
    .addSelect('f.form_schema', 'formSchema')
    .where('c.id = :caseId', { caseId })
    .getRawOne<{ pinned: number | string | null; formSchema: string | null }>();
  if (row?.pinned === null || row?.pinned === undefined) return null;
  const version = Number(row.pinned);
  // Pinned, but the form has since been deleted from the library.
  if (row.formSchema === null) throw errors.notFound(`Form ${formKey} version ${version}`);
  return { key: formKey, version, schema: JSON.parse(row.formSchema) as Record<string, unknown> };
}
