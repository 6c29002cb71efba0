import type { formListAnswer, formVersionAnswer, formVersionView, formView, formWithVersions, newFormBody, newFormVersionBody, Wire } from '@careflow/contracts';
import type { z } from 'zod';
import { api } from './client';

/** A form schema as the engine stores it: a formily JSON schema whose root is an object. */
export type FormSchema = Record<string, unknown>;

export type FormSummary = Wire<typeof formView>;
export type FormVersion = Wire<typeof formVersionView>;
/** GET /api/forms/:key: the form, its latest version, and the list of versions (newest first). */
export type FormWithVersions = Wire<typeof formWithVersions>;

/** What the web sends as a form's schema: the engine checks it is JSON describing an object. */
type WithSchema<S extends z.ZodType> = Omit<z.input<S>, 'schema'> & { schema: FormSchema };

const path = (key: string) => `/api/forms/${encodeURIComponent(key)}`;

export async function listForms(): Promise<FormSummary[]> {
  return (await api.get<Wire<typeof formListAnswer>>('/api/forms')).forms;
}

export function getForm(key: string): Promise<FormWithVersions> {
  return api.get<FormWithVersions>(path(key));
}

export async function getFormVersion(key: string, version: number): Promise<FormVersion> {
  return (await api.get<Wire<typeof formVersionAnswer>>(`${path(key)}/versions/${version}`)).form;
}

export async function createForm(input: WithSchema<typeof newFormBody>): Promise<FormVersion> {
  return (await api.post<Wire<typeof formVersionAnswer>>('/api/forms', input)).form;
}

/** Every save is a new version; old versions stay readable for running tasks. */
export async function saveFormVersion(key: string, input: WithSchema<typeof newFormVersionBody>): Promise<FormVersion> {
  return (await api.post<Wire<typeof formVersionAnswer>>(`${path(key)}/versions`, input)).form;
}
