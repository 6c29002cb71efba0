import { storedFileAnswer, uploadFileQuery } from '@careflow/contracts';
import { authorOf, currentUser, param, route } from '../../http/route';
import { FILE_LIMIT_BYTES, FILE_TYPES, FileService } from './service';

export function fileRoutes(files: FileService) {
  return [
    route({
      method: 'post',
      path: '/files',
      summary: 'Upload a photo or a PDF (the body is the file; ?name= its name); 10 MB at most',
      access: 'authenticated',
      upload: { types: Object.keys(FILE_TYPES), limitBytes: FILE_LIMIT_BYTES },
      created: true,
      audit: 'service',
      query: uploadFileQuery,
      response: storedFileAnswer,
      handler: async (ctx, body, { name }) => {
        const file = await files.store(body as unknown as Buffer, ctx.get('content-type'), name, authorOf(ctx));
        return { file };
      },
    }),
    route({
      method: 'get',
      path: '/files/:id',
      summary: 'A stored file: the hotline reads every file, a provider’s users only their provider’s uploads',
      access: 'authenticated',
      handler: async (ctx) => {
        const { file, bytes } = await files.read(param(ctx, 'id'), currentUser(ctx));
        ctx.type = file.type;
        ctx.set('X-Content-Type-Options', 'nosniff');
        ctx.set('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`);
        return bytes;
      },
    }),
  ];
}
