import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

export interface Form {
  key: string;
  title: string;
  latestVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface FormVersion {
  formKey: string;
  version: number;
  title: string;
  schema: Record<string, unknown>;
  createdBy: string;
  createdAt: Date;
}

export const FormEntity = new EntitySchema<Form>({
  name: 'Form',
  tableName: 'forms',
  columns: {
    key: { ...named('form_key', column.text(100)), primary: true },
    title: column.text(200),
    latestVersion: { type: 'int', name: 'latest_version' },
    createdAt: named('created_at', column.time()),
    updatedAt: named('updated_at', column.time()),
  },
});

export const FormVersionEntity = new EntitySchema<FormVersion>({
  name: 'FormVersion',
  tableName: 'form_versions',
  columns: {
    formKey: { ...named('form_key', column.text(100)), primary: true },
    version: { type: 'int', primary: true },
    title: column.text(200),
    schema: named('form_schema', column.json()),
    createdBy: named('created_by', column.text(36)),
    createdAt: named('created_at', column.time()),
  },
});
