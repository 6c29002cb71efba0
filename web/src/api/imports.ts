import { api, queryString } from './client';

export type ImportKind = 'elders' | 'areas' | 'providers' | 'staff';

export interface ImportProblem {
  row: number;
  column: string;
  reason: string;
}

export interface ImportJob {
  id: string;
  kind: ImportKind;
  status: 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  problems: ImportProblem[];
  error?: string;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const templateUrl = (kind: ImportKind) => `/api/imports/templates/${kind}`;

/** The export of a list with the same filters the list shows. */
export const exportUrl = (kind: ImportKind, filters: Record<string, string | number | undefined>) => `/api/exports/${kind}${queryString(filters)}`;

/** Uploads the workbook as the raw body; the engine answers 202 and works on it in the background. */
export async function startImport(kind: ImportKind, file: Blob, providerId?: string): Promise<ImportJob> {
  const res = await api.post<{ import: ImportJob }>(`/api/imports/${kind}${queryString({ providerId })}`, file, { contentType: XLSX_TYPE });
  return res.import;
}

export async function getImport(id: string, signal?: AbortSignal): Promise<ImportJob> {
  return (await api.get<{ import: ImportJob }>(`/api/imports/${encodeURIComponent(id)}`, { signal })).import;
}
