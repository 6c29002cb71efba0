import { z } from 'zod';
import { timestamp } from '../wire';

/** What can be imported from Excel (and has a template). */
export const IMPORT_KINDS = ['elders', 'areas', 'providers', 'staff', 'care-plans'] as const;
export const importKind = z.enum(IMPORT_KINDS);
export type ImportKindName = z.infer<typeof importKind>;
export const IMPORT_STATUSES = ['running', 'done', 'failed'] as const;

/** POST /api/imports/:kind?providerId= (staff of a provider). The body is the .xlsx file. */
export const startImportQuery = z.strictObject({ providerId: z.string().max(36).optional() });

export const importRowProblem = z.object({ row: z.number().int(), column: z.string(), reason: z.string(), code: z.string().optional(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });

/** One uploaded sheet and how its rows went; readable while it runs. */
export const importView = z.object({
  id: z.string(),
  kind: importKind,
  status: z.enum(IMPORT_STATUSES),
  total: z.number().int(),
  processed: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  failed: z.number().int(),
  /** The first problems (up to a limit); `failed` counts every bad row. */
  problems: z.array(importRowProblem),
  /** Why the whole import failed. */
  error: z.string().nullable(),
  params: z.record(z.string(), z.string()),
  createdBy: z.string(),
  createdAt: timestamp,
  finishedAt: timestamp.nullable(),
});
export type ImportView = z.infer<typeof importView>;
export const importAnswer = z.object({ import: importView });

// ——— Uploaded files (POST /api/files: photos and PDFs) ———

/** POST /api/files?name= (the body is the file). */
export const uploadFileQuery = z.strictObject({ name: z.string().max(255).default('') });

export const storedFileView = z.object({
  id: z.string(),
  name: z.string(),
  /** The media type, e.g. image/jpeg. */
  type: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdBy: z.string(),
  createdAt: timestamp,
});
export type StoredFileView = z.infer<typeof storedFileView>;
export const storedFileAnswer = z.object({ file: storedFileView });
