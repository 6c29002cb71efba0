import { areaAnswer, areaListAnswer, createAreaBody, updateAreaBody } from '@careflow/contracts';
import { actorOf, param, route } from '../../http/route';
import { AreaService } from './service';

export function areaRoutes(areas: AreaService) {
  return [
    route({ method: 'get', path: '/areas', summary: 'The area tree (city › district › street › community), parents first', access: 'authenticated', response: areaListAnswer, handler: async () => ({ areas: await areas.list() }) }),
    route({
      method: 'post',
      path: '/areas',
      summary: 'Add an area under its parent',
      access: ['admin'],
      body: createAreaBody,
      response: areaAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ area: await areas.create(body, actorOf(ctx)) }),
    }),
    route({
      method: 'patch',
      path: '/areas/:code',
      summary: 'Rename or reorder an area',
      access: ['admin'],
      body: updateAreaBody,
      response: areaAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ area: await areas.update(param(ctx, 'code'), body, actorOf(ctx)) }),
    }),
    route({ method: 'delete', path: '/areas/:code', summary: 'Remove an area nothing uses', access: ['admin'], audit: 'service', handler: async (ctx) => areas.remove(param(ctx, 'code'), actorOf(ctx)) }),
  ];
}
