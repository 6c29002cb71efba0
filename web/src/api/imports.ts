import type { ImportKindName, importAnswer, importRowProblem, importView, Wire } from '@careflow/contracts';
import { api, queryString } from './client';

export type ImportKind = ImportKindName;
export type ImportProblem = Wire<typeof importRowProblem>;
export type ImportJob = Wire<typeof importView>;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const templateUrl = (kind: ImportKind) => `/api/imports/templates/${kind}`;

/** The export of a list with the same filters the list shows. */
export const exportUrl = (kind: ImportKind, filters: Record<string, string | number | undefined>) => `/api/exports/${kind}${queryString(filters)}`;

/** Uploads the workbook as the raw body; the engine answers 202 and works on it in the background. */
export async function startImport(kind: ImportKind, file: Blob, providerId?: string): Promise<ImportJob> {
  const res = await api.post<Wire<typeof importAnswer>>(`/api/imports/${kind}${queryString({ providerId })}`, file, { contentType: XLSX_TYPE });
  return res.import;
}

export async function getImport(id: string, signal?: AbortSignal): Promise<ImportJob> {
  return (await api.get<Wire<typeof importAnswer>>(`/api/imports/${encodeURIComponent(id)}`, { signal })).import;
}
