import { KNOWLEDGE_IMPORT_PROBLEMS_ZH, type KnowledgeImportProblem } from '@careflow/contracts';

const ZH: Record<string, string> = KNOWLEDGE_IMPORT_PROBLEMS_ZH;

export function problem(row: number, column: string, code: string, params?: Record<string, string | number>): KnowledgeImportProblem {
  const template = ZH[code] ?? code;
  const message = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
  return { row, column, message, code, ...(params ? { params } : {}) };
}
