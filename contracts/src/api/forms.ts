import { z } from 'zod';
import { jsonObject, timestamp } from '../wire';

/** A form key as a user task names it: letters, digits, dot, dash, underscore. */
export const FORM_KEY_PATTERN = /^[A-Za-z][\w.-]{0,99}$/;
export const formKey = z.string().regex(FORM_KEY_PATTERN, 'a letter, then letters, digits, . _ or -');

/** A form schema as the library takes it: a JSON object describing an object (formily's JSON schema). */
export const formSchemaBody = z
  .record(z.string(), z.json())
  .refine((s) => s.type === undefined || s.type === 'object', { message: 'the root of a form schema must be of type object' });

const formTitle = z.string().trim().min(1).max(200);

/** POST /api/forms: a new form (version 1). */
export const newFormBody = z.strictObject({ key: formKey, title: formTitle, schema: formSchemaBody });
/** POST /api/forms/:key/versions: every save is a new version. */
export const newFormVersionBody = z.strictObject({ title: formTitle.optional(), schema: formSchemaBody });

/** A form of the library: its latest title and version. */
export const formView = z.object({
  key: z.string(),
  title: z.string(),
  latestVersion: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** One version of a form, with its schema. */
export const formVersionView = z.object({
  formKey: z.string(),
  version: z.number().int(),
  title: z.string(),
  schema: jsonObject,
  createdBy: z.string(),
  createdAt: timestamp,
});

export const formListAnswer = z.object({ forms: z.array(formView) });
/** A form version under its command's answer (create, save, read one version). */
export const formVersionAnswer = z.object({ form: formVersionView });
/** GET /api/forms/:key: the form, its latest version, and its versions (newest first). */
export const formWithVersions = z.object({
  form: formView,
  latest: formVersionView,
  versions: z.array(z.object({ version: z.number().int(), title: z.string(), createdAt: timestamp })),
});
