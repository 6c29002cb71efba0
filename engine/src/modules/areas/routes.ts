import { z } from 'zod';
import { actorOf, param, route } from '../../http/route';
import { AREA_LEVELS } from './entities';
import { AreaService } from './service';

export const AreaCode = z.string().regex(/^[0-9A-Za-z_-]{1,32}$/, 'an area code: 1–32 letters, digits, _ or -');
const Name = z.string().trim().min(1).max(100);
const Sort = z.number().int().min(0).max(1_000_000);

export function areaRoutes(areas: AreaService) {
  return [
    route({ method: 'get', path: '/areas', summary: 'The area tree (city › district › street › community), parents first', access: 'authenticated', handler: async () => ({ areas: await areas.list() }) }),
    route({
      method: 'post',
      path: '/areas',
      summary: 'Add an area under its parent',
      access: ['admin'],
      body: z.strictObject({ code: AreaCode, name: Name, level: z.enum(AREA_LEVELS), parentCode: AreaCode.nullable().default(null), sort: Sort.optional() }),
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ area: await areas.create(body, actorOf(ctx)) }),
    }),
    route({
      method: 'patch',
      path: '/areas/:code',
      summary: 'Rename or reorder an area',
      access: ['admin'],
      body: z.strictObject({ name: Name.optional(), sort: Sort.optional() }),
      audit: 'service',
      handler: async (ctx, body) => ({ area: await areas.update(param(ctx, 'code'), body, actorOf(ctx)) }),
    }),
    route({ method: 'delete', path: '/areas/:code', summary: 'Remove an area nothing uses', access: ['admin'], audit: 'service', handler: async (ctx) => areas.remove(param(ctx, 'code'), actorOf(ctx)) }),
  ];
}
