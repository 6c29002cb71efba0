import { api } from './client';

/** A form schema as the engine stores it: a formily JSON schema whose root is an object. */
export type FormSchema = Record<string, unknown>;

export interface FormSummary {
  key: string;
  title: string;
  latestVersion: number;
  updatedAt: string;
}

export interface FormVersion {
  formKey: string;
  title: string;
  version: number;
  schema: FormSchema;
  createdAt: string;
  createdBy: string;
}

/** GET /api/forms/:key: the form, its latest version, and the list of versions (newest first). */
export interface FormWithVersions {
  form: FormSummary;
  latest: FormVersion;
  versions: { version: number; title: string; createdAt: string }[];
}

const path = (key: string) => `/api/forms/${encodeURIComponent(key)}`;

export async function listForms(): Promise<FormSummary[]> {
  return (await api.get<{ forms: FormSummary[] }>('/api/forms')).forms;
}

export function getForm(key: string): Promise<FormWithVersions> {
  return api.get<FormWithVersions>(path(key));
}

export async function getFormVersion(key: string, version: number): Promise<FormVersion> {
  return (await api.get<{ form: FormVersion }>(`${path(key)}/versions/${version}`)).form;
}

export async function createForm(input: { key: string; title: string; schema: FormSchema }): Promise<FormVersion> {
  return (await api.post<{ form: FormVersion }>('/api/forms', input)).form;
}

/** Every save is a new version; old versions stay readable for running tasks. */
export async function saveFormVersion(key: string, input: { title?: string; schema: FormSchema }): Promise<FormVersion> {
  return (await api.post<{ form: FormVersion }>(`${path(key)}/versions`, input)).form;
}
