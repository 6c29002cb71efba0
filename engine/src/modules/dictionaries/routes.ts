import { dictionaryAnswer, dictionaryCode, dictionaryListAnswer, saveDictionaryBody } from '@careflow/contracts';
import { actorOf, checkedParam, param, route } from '../../http/route';
import { DictionaryService } from './service';

export function dictionaryRoutes(dictionaries: DictionaryService) {
  return [
    route({ method: 'get', path: '/dictionaries', summary: 'Every dictionary with its options', access: 'authenticated', response: dictionaryListAnswer, handler: async () => ({ dictionaries: await dictionaries.list() }) }),
    route({ method: 'get', path: '/dictionaries/:key', summary: 'One dictionary with its options in order', access: 'authenticated', response: dictionaryAnswer, handler: async (ctx) => ({ dictionary: await dictionaries.get(param(ctx, 'key')) }) }),
    route({
      method: 'put',
      path: '/dictionaries/:key',
      summary: 'Create or replace a dictionary and its ordered options',
      access: ['admin'],
      body: saveDictionaryBody,
      response: dictionaryAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ dictionary: await dictionaries.save(checkedParam(ctx, 'key', dictionaryCode), body, actorOf(ctx)) }),
    }),
    route({ method: 'delete', path: '/dictionaries/:key', summary: 'Delete a dictionary of your own', access: ['admin'], audit: 'service', handler: async (ctx) => dictionaries.remove(param(ctx, 'key'), actorOf(ctx)) }),
  ];
}
