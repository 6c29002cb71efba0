import { z } from 'zod';
import { knowledgeListQuery } from './knowledge';

/**
 * 知识库 import and export. An Excel sheet (one row an article) or a Word file (one article per
 * Heading 1) becomes drafts: never published by import, review stays with people. A title that
 * matches an article gives it a new draft version, or nothing when the text is the same.
 */
export const KNOWLEDGE_IMPORT_MAX_ROWS = 500;
/** Word files hold at most this many articles (Heading 1 sections). */
export const KNOWLEDGE_DOCX_MAX_ARTICLES = 100;
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const KNOWLEDGE_IMPORT_OUTCOMES = ['created', 'updated', 'unchanged'] as const;

/** A bad row (Excel: its row number; Word: the article's place in the file, from 1) and column; nothing of it is written. */
export const knowledgeImportProblem = z.object({
  row: z.number().int(),
  column: z.string(),
  /** zh-CN, as the report shows it; `code` and `params` let the web app say it in English. */
  message: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type KnowledgeImportProblem = z.infer<typeof knowledgeImportProblem>;

export const knowledgeImportAnswer = z.object({
  format: z.enum(['xlsx', 'docx']),
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  failed: z.number().int(),
  problems: z.array(knowledgeImportProblem),
  /** The good rows and the article each went to. */
  articles: z.array(z.object({ row: z.number().int(), id: z.string(), title: z.string(), outcome: z.enum(KNOWLEDGE_IMPORT_OUTCOMES) })),
});
export type KnowledgeImportAnswer = z.infer<typeof knowledgeImportAnswer>;

const cell = (max: number) => z.string().trim().max(max).optional();
/**
 * POST /api/knowledge/imports/docx: what the import dialog adds to every article of the file, in the
 * Excel columns' words (category: code or zh label; areas, keywords: lists separated by 、，,).
 * The short answer may instead come from a paragraph of the article starting with 简短答复：.
 */
export const knowledgeDocxQuery = z.strictObject({
  category: cell(200),
  areas: cell(2000),
  shortAnswer: cell(1000),
  keywords: cell(1000),
  synonyms: cell(1000),
  docNumber: cell(200),
  issuer: cell(200),
  effectiveFrom: cell(20),
  expiresOn: cell(20),
});
export type KnowledgeDocxQuery = z.infer<typeof knowledgeDocxQuery>;

/** GET /api/knowledge/exports: the list's filters; every matching article's newest version. */
export const knowledgeExportQuery = knowledgeListQuery.omit({ page: true, pageSize: true });

/** The import report's zh-CN words for each problem code ({{name}}: a param): the engine writes them, the web app shows them (and has the same keys in English). */
export const KNOWLEDGE_IMPORT_PROBLEMS_ZH = {
  required: '必填',
  too_long: '不能超过 {{max}} 个字',
  too_short: '至少 {{min}} 个字',
  too_many: '最多 {{max}} 项',
  word_too_long: '“{{value}}”超过 {{max}} 个字',
  unknown_category: '“{{value}}”不是知识分类字典中的分类',
  bad_category: '“{{value}}”不是有效的分类（字典编码或名称，子类用 / 分隔）',
  unknown_area: '区域“{{value}}”不存在',
  area_ambiguous: '区域名称“{{value}}”对应多个区域（{{codes}}），请填写区域编码',
  invalid_date: '“{{value}}”不是有效日期（YYYY-MM-DD）',
  expiry_order: '失效日期应晚于生效日期（{{from}}）',
  formula: '不接受公式，请填写值本身',
  unsafe_html: '含有脚本、样式、事件或脚本链接等不允许的内容，请删除后再导入',
  title_repeated: '与第 {{row}} 行的标题重复',
  title_ambiguous: '有 {{count}} 篇文章使用此标题，无法确定更新哪一篇',
  no_title: '没有标题：每篇文章以“标题 1”样式的标题开头',
  row_server_error: '服务器错误，此行未保存，请重试',
} satisfies Record<string, string>;
