import { ACCESS, DOCX_TYPE, knowledgeDocxQuery, knowledgeExportQuery, knowledgeImportAnswer, type KnowledgeImportAnswer } from '@careflow/contracts';
import { actorOf, currentUser, route, RouteSpec } from '../../http/route';
import { FILE_LIMIT_BYTES } from '../files/service';
import { download } from '../imports/routes';
import { XLSX_TYPE } from '../imports/sheets';
import { KnowledgeImport } from './import/service';

const counts = ({ result }: { result: KnowledgeImportAnswer }) => ({ format: result.format, total: result.total, created: result.created, updated: result.updated, unchanged: result.unchanged, failed: result.failed });

/** 知识库 import (Excel, Word) and export (Excel), for the people who write articles. */
export function knowledgeImportRoutes(imports: KnowledgeImport): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/knowledge/imports/template',
      summary: 'The Excel template of the 知识库 import, with a filled example row',
      access: ACCESS.knowledge.write,
      handler: async (ctx) => download(ctx, '知识库导入模板', await imports.template()),
    }),
    route({
      method: 'post',
      path: '/knowledge/imports/xlsx',
      summary: 'Import articles from Excel (the body is the .xlsx, one row an article) as drafts; answers the per-row problem report',
      access: ACCESS.knowledge.write,
      upload: { types: [XLSX_TYPE], limitBytes: FILE_LIMIT_BYTES },
      response: knowledgeImportAnswer,
      audit: { action: 'knowledge.import', entity: 'knowledge_article', id: () => null, summary: counts },
      handler: (ctx, file) => imports.importXlsx(file as unknown as Buffer, currentUser(ctx), actorOf(ctx)),
    }),
    route({
      method: 'post',
      path: '/knowledge/imports/docx',
      summary: 'Import articles from Word (the body is the .docx, an article per Heading 1) as drafts; the query adds category, areas and the short answer',
      access: ACCESS.knowledge.write,
      upload: { types: [DOCX_TYPE], limitBytes: FILE_LIMIT_BYTES },
      query: knowledgeDocxQuery,
      response: knowledgeImportAnswer,
      audit: { action: 'knowledge.import', entity: 'knowledge_article', id: () => null, summary: counts },
      handler: (ctx, file, meta) => imports.importDocx(file as unknown as Buffer, meta, currentUser(ctx), actorOf(ctx)),
    }),
    route({
      method: 'get',
      path: '/knowledge/exports',
      summary: 'Articles as Excel in the import’s columns (newest version each), filtered like the list; re-imports unchanged',
      access: ACCESS.knowledge.write,
      query: knowledgeExportQuery,
      audit: { action: 'knowledge.export', entity: 'knowledge_article', id: () => null, summary: ({ query, result }) => ({ ...query, size: (result as Buffer).length }) },
      handler: async (ctx, _body, filter) => {
        const { file, count } = await imports.export(filter, currentUser(ctx).id);
        ctx.set('X-Exported-Count', String(count));
        return download(ctx, '知识库', file);
      },
    }),
  ];
}
