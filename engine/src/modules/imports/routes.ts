import { importAnswer, startImportQuery } from '@careflow/contracts';
import { actorOf, currentUser, param, route, RouteContext } from '../../http/route';
import { XLSX_TYPE } from './sheets';
import { ImportService } from './service';

/** Everyone some kind lets import (agents: care plans); the service holds each kind to its own importers. */
const IMPORTERS = ['admin', 'supervisor', 'agent', 'provider_admin'] as const;
const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

/** Sends a workbook as a download named in Chinese (RFC 5987 filename*). */
export function download(ctx: RouteContext, name: string, file: Buffer): Buffer {
  ctx.type = XLSX_TYPE;
  ctx.set('Content-Disposition', `attachment; filename="${encodeURIComponent(name)}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}.xlsx`);
  return file;
}

/** Sends a PDF as a download named in Chinese; `fallback` is the ASCII name older clients see. */
export function pdfDownload(ctx: RouteContext, name: string, fallback: string, file: Buffer): Buffer {
  ctx.type = 'application/pdf';
  ctx.set('Content-Disposition', `attachment; filename="${fallback}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}.pdf`);
  return file;
}

export function importRoutes(imports: ImportService) {
  return [
    route({
      method: 'get',
      path: '/imports/templates/:kind',
      summary: 'The Excel template of an import (elders, areas, providers, staff, care-plans)',
      access: IMPORTERS,
      handler: async (ctx) => download(ctx, `${imports.kind(param(ctx, 'kind')).sheetName}导入模板`, await imports.template(param(ctx, 'kind'))),
    }),
    route({
      method: 'post',
      path: '/imports/:kind',
      summary: 'Import an Excel sheet (the body is the .xlsx file); rows run in the background',
      access: IMPORTERS,
      upload: { types: [XLSX_TYPE], limitBytes: UPLOAD_LIMIT_BYTES },
      status: 202,
      query: startImportQuery,
      response: importAnswer,
      handler: async (ctx, file, params) => {
        const record = await imports.start(param(ctx, 'kind'), file as unknown as Buffer, { user: currentUser(ctx), actor: actorOf(ctx), params: params.providerId ? { providerId: params.providerId } : {} });
        return { import: record };
      },
      audit: { action: 'import.start', entity: 'import', summary: ({ ctx, result }) => ({ kind: param(ctx, 'kind'), total: result.import.total }) },
    }),
    route({ method: 'get', path: '/imports/:id', summary: 'Progress and row problems of an import', access: IMPORTERS, response: importAnswer, handler: async (ctx) => ({ import: await imports.get(param(ctx, 'id'), currentUser(ctx)) }) }),
  ];
}
