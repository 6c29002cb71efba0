import { FORM_KEY_PATTERN } from '@careflow/forms';
import { z } from 'zod';
import { authorOf, route, param } from '../../http/route';
import { FormService } from './service';

/** The schema format arrives with the forms issue; here it must be a JSON object describing an object. */
const FormSchema = z
  .record(z.string(), z.json())
  .refine((s) => s.type === undefined || s.type === 'object', { message: 'the root of a form schema must be of type object' });

const Title = z.string().trim().min(1).max(200);
const READERS = ['admin', 'analyst', 'supervisor', 'agent'] as const;
const EDITORS = ['admin', 'analyst'] as const;


export function formRoutes(forms: FormService) {
  return [
    route({ method: 'get', path: '/forms', summary: 'The forms library', access: READERS, handler: async () => ({ forms: await forms.list() }) }),
    route({ method: 'delete', path: '/forms/:key', summary: 'Delete a form no published service type uses', access: EDITORS, audit: 'service', handler: async (ctx) => forms.remove(param(ctx, 'key'), authorOf(ctx)) }),
    route({
      method: 'post',
      path: '/forms',
      summary: 'Create a form (version 1)',
      access: EDITORS,
      body: z.strictObject({ key: z.string().regex(FORM_KEY_PATTERN, 'a letter, then letters, digits, . _ or -'), title: Title, schema: FormSchema }),
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ form: await forms.create(body, authorOf(ctx)) }),
    }),
    route({
      method: 'get',
      path: '/forms/:key',
      summary: 'A form with its latest schema and its versions',
      access: READERS,
      handler: async (ctx) => forms.get(param(ctx, 'key')),
    }),
    route({
      method: 'post',
      path: '/forms/:key/versions',
      summary: 'Save a new version of a form',
      access: EDITORS,
      body: z.strictObject({ title: Title.optional(), schema: FormSchema }),
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ form: await forms.saveVersion(param(ctx, 'key'), body, authorOf(ctx)) }),
    }),
    route({
      method: 'get',
      path: '/forms/:key/versions/:version',
      summary: 'One version of a form',
      access: READERS,
      handler: async (ctx) => ({ form: await forms.version(param(ctx, 'key'), Number(param(ctx, 'version'))) }),
    }),
  ];
}
