import { z } from 'zod';
import { actorOf, checkedParam, param, route } from '../../http/route';
import { DictionaryService } from './service';

const Code = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'lower-case letters, digits or _, starting with a letter');
const Label = z.string().trim().min(1).max(100);

export function dictionaryRoutes(dictionaries: DictionaryService) {
  return [
    route({ method: 'get', path: '/dictionaries', summary: 'Every dictionary with its options', access: 'authenticated', handler: async () => ({ dictionaries: await dictionaries.list() }) }),
    route({ method: 'get', path: '/dictionaries/:key', summary: 'One dictionary with its options in order', access: 'authenticated', handler: async (ctx) => ({ dictionary: await dictionaries.get(param(ctx, 'key')) }) }),
    route({
      method: 'put',
      path: '/dictionaries/:key',
      summary: 'Create or replace a dictionary and its ordered options',
      access: ['admin'],
      body: z.strictObject({
        name: Label,
        nameEn: Label,
        options: z.array(z.strictObject({ code: Code, label: Label, labelEn: Label, active: z.boolean().default(true) })).max(500),
      }),
      audit: 'service',
      handler: async (ctx, body) => ({ dictionary: await dictionaries.save(checkedParam(ctx, 'key', Code), body, actorOf(ctx)) }),
    }),
    route({ method: 'delete', path: '/dictionaries/:key', summary: 'Delete a dictionary of your own', access: ['admin'], audit: 'service', handler: async (ctx) => dictionaries.remove(param(ctx, 'key'), actorOf(ctx)) }),
  ];
}
