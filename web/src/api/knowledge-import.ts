import { DOCX_TYPE, type knowledgeImportAnswer, type knowledgeImportProblem, type KnowledgeDocxQuery, type Wire } from '@careflow/contracts';
import { api, queryString } from './client';
import { XLSX_TYPE } from './imports';

export { DOCX_TYPE, KNOWLEDGE_IMPORT_MAX_ROWS } from '@careflow/contracts';
export type KnowledgeImportReport = Wire<typeof knowledgeImportAnswer>;
export type KnowledgeImportProblem = Wire<typeof knowledgeImportProblem>;
export type { KnowledgeDocxQuery };
export type KnowledgeImportFormat = KnowledgeImportReport['format'];

const base = '/api/knowledge';

export const knowledgeTemplateUrl = `${base}/imports/template`;

/** The list's filters as the export takes them (those of GET /articles, without paging). */
export const knowledgeExportUrl = (filter: { status?: string; category?: string; drafts?: 'mine' | 'all'; inReview?: boolean }) =>
  `${base}/exports${queryString({ ...filter, inReview: filter.inReview ? 'true' : undefined })}`;

/** Uploads a workbook as the raw body; the answer is the report (drafts written, rows refused). */
export const importKnowledgeXlsx = (file: Blob) => api.post<KnowledgeImportReport>(`${base}/imports/xlsx`, file, { contentType: XLSX_TYPE });

/** Uploads a Word file; `meta` applies to every article in it. */
export const importKnowledgeDocx = (file: Blob, meta: KnowledgeDocxQuery) =>
  api.post<KnowledgeImportReport>(`${base}/imports/docx${queryString({ ...meta })}`, file, { contentType: DOCX_TYPE });
