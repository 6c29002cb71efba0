import {
  ACCESS,
  elderDetailAnswer,
  elderInput,
  elderListAnswer,
  elderListQuery,
  elderLookupAnswer,
  elderLookupQuery,
  elderSavedAnswer,
  elderStatusAnswer,
  elderStatusBody,
  elderStatusHistoryAnswer,
  elderUpdateBody,
} from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { actorOf, currentUser, param, route } from '../../http/route';
import { AreaService } from '../areas/service';
import { lookupElders } from './lookup';
import { ElderService } from './service';

const EDITORS = ACCESS.elders.edit;
const READERS = ACCESS.elders.read;

export function elderRoutes(elders: ElderService, dataSource: DataSource, areas: AreaService) {
  return [
    route({
      method: 'get',
      path: '/elders',
      summary: 'Elder files in your area scope: search by name, pinyin initials or ID card; masked lines',
      access: READERS,
      query: elderListQuery,
      response: elderListAnswer,
      handler: async (ctx, _body, query) => elders.list(query, currentUser(ctx)),
    }),
    route({
      method: 'get',
      path: '/elders/lookup',
      summary: 'Who is calling: by phone (elder, terminal or relative), device id, ID card or name',
      access: EDITORS,
      query: elderLookupQuery,
      response: elderLookupAnswer,
      handler: async (ctx, _body, query) => lookupElders(dataSource, areas, currentUser(ctx), query),
      audit: {
        action: 'elder.lookup',
        entity: 'elder',
        // One row per lookup: the elder when exactly one matched; every match's id in the summary.
        id: ({ result }) => (result.matches.length === 1 ? result.matches[0].elder.id : null),
        summary: ({ ctx, result }) => ({ by: Object.keys(ctx.query)[0] ?? null, elderIds: result.matches.map((m) => m.elder.id) }),
      },
    }),
    route({
      method: 'get',
      path: '/elders/:id',
      summary: 'One elder file as your role may see it (full reads are audited)',
      access: [...READERS, 'provider_admin', 'provider_staff'],
      response: elderDetailAnswer,
      audit: 'service',
      handler: async (ctx) => ({ elder: await elders.read(param(ctx, 'id'), currentUser(ctx), actorOf(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/elders',
      summary: 'Create an elder file with relatives and terminals',
      access: EDITORS,
      body: elderInput,
      response: elderSavedAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => {
        const elder = await elders.create(body, currentUser(ctx), actorOf(ctx));
        return { elder: { id: elder.id, version: elder.version } };
      },
    }),
    route({
      method: 'put',
      path: '/elders/:id',
      summary: 'Replace an elder file (send the version you edited)',
      access: EDITORS,
      body: elderUpdateBody,
      response: elderSavedAnswer,
      audit: 'service',
      handler: async (ctx, body) => {
        const { version, ...input } = body;
        const elder = await elders.replace(param(ctx, 'id'), input, version, currentUser(ctx), actorOf(ctx));
        return { elder: { id: elder.id, version: elder.version } };
      },
    }),
    route({
      method: 'post',
      path: '/elders/:id/status',
      summary: 'Record a status change: active, moved, deceased',
      access: EDITORS,
      body: elderStatusBody,
      response: elderStatusAnswer,
      audit: 'service',
      handler: async (ctx, body) => {
        const elder = await elders.changeStatus(param(ctx, 'id'), body.status, body.note, currentUser(ctx), actorOf(ctx));
        return { elder: { id: elder.id, status: elder.status, version: elder.version } };
      },
    }),
    route({
      method: 'get',
      path: '/elders/:id/status-history',
      summary: 'The status changes of an elder file',
      access: ['admin', 'supervisor', 'agent', 'auditor'],
      response: elderStatusHistoryAnswer,
      handler: async (ctx) => ({ changes: await elders.statusHistory(param(ctx, 'id'), currentUser(ctx)) }),
    }),
  ];
}
