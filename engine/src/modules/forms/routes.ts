import { ACCESS, formListAnswer, formVersionAnswer, formWithVersions, newFormBody, newFormVersionBody } from '@careflow/contracts';
import { authorOf, route, param } from '../../http/route';
import { FormService } from './service';

const READERS = ACCESS.forms.read;
const EDITORS = ACCESS.forms.edit;

export function formRoutes(forms: FormService) {
  return [
    route({ method: 'get', path: '/forms', summary: 'The forms library', access: READERS, response: formListAnswer, handler: async () => ({ forms: await forms.list() }) }),
    route({ method: 'delete', path: '/forms/:key', summary: 'Delete a form no published service type uses', access: EDITORS, audit: 'service', handler: async (ctx) => forms.remove(param(ctx, 'key'), authorOf(ctx)) }),
    route({
      method: 'post',
      path: '/forms',
      summary: 'Create a form (version 1)',
      access: EDITORS,
      body: newFormBody,
      response: formVersionAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ form: await forms.create(body, authorOf(ctx)) }),
    }),
    route({
      method: 'get',
      path: '/forms/:key',
      summary: 'A form with its latest schema and its versions',
      access: READERS,
      response: formWithVersions,
      handler: async (ctx) => forms.get(param(ctx, 'key')),
    }),
    route({
      method: 'post',
      path: '/forms/:key/versions',
      summary: 'Save a new version of a form',
      access: EDITORS,
      body: newFormVersionBody,
      response: formVersionAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ form: await forms.saveVersion(param(ctx, 'key'), body, authorOf(ctx)) }),
    }),
    route({
      method: 'get',
      path: '/forms/:key/versions/:version',
      summary: 'One version of a form',
      access: READERS,
      response: formVersionAnswer,
      handler: async (ctx) => ({ form: await forms.version(param(ctx, 'key'), Number(param(ctx, 'version'))) }),
    }),
  ];
}
