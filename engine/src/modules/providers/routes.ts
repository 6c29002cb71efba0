import {
  ACCESS,
  cancellationTermsBody,
  newProviderBody,
  newServiceItemBody,
  newStaffBody,
  providerAnswer,
  providerChangesBody,
  providerPage,
  providerQuery,
  serviceItemAnswer,
  serviceItemChangesBody,
  serviceItemCode,
  serviceItemListAnswer,
  serviceItemQuery,
  staffAnswer,
  staffChangesBody,
  staffPage,
  staffQuery,
} from '@careflow/contracts';
import { z } from 'zod';
import { actorOf, checkedParam, currentUser, param, route, RouteContext } from '../../http/route';
import { ROLES } from '../identity/entities';
import { ProviderCancellationTerms } from './cancellation-terms';
import { ServiceItemService } from './items';
import { ProviderService } from './providers-service';
import { StaffService } from './staff-service';

/** Provider users reach only their own provider: the services answer 404 for another. */
const EVERYONE = ROLES;
const MANAGERS = ACCESS.providers.manage;
const EDITORS = ACCESS.providers.edit;
const Id = z.string().min(1).max(36);

export function providerRoutes(items: ServiceItemService, providers: ProviderService, staff: StaffService, terms: ProviderCancellationTerms) {
  const id = (ctx: RouteContext) => checkedParam(ctx, 'id', Id);
  return [
    route({ method: 'get', path: '/service-items', summary: 'The service item catalog (服务项目) with price limits in fen', access: 'authenticated', query: serviceItemQuery, response: serviceItemListAnswer, handler: async (_ctx, _body, query) => ({ items: await items.list(query) }) }),
    route({ method: 'post', path: '/service-items', summary: 'Add a service item', access: ['admin'], body: newServiceItemBody, response: serviceItemAnswer, created: true, audit: 'service', handler: async (ctx, body) => ({ item: await items.create(body, actorOf(ctx)) }) }),
    route({
      method: 'patch',
      path: '/service-items/:code',
      summary: 'Change a service item (its price limits must still hold every provider’s price)',
      access: ['admin'],
      body: serviceItemChangesBody,
      response: serviceItemAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ item: await items.update(checkedParam(ctx, 'code', serviceItemCode), body, actorOf(ctx)) }),
    }),
    route({
      method: 'get',
      path: '/providers',
      summary: 'Search providers (服务商) by name or credit code, status, item offered and area served (paged)',
      access: EVERYONE,
      query: providerQuery,
      response: providerPage,
      handler: async (ctx, _body, query) => providers.list(query, currentUser(ctx)),
    }),
    route({ method: 'post', path: '/providers', summary: 'Register a provider', access: MANAGERS, body: newProviderBody, response: providerAnswer, created: true, audit: 'service', handler: async (ctx, body) => ({ provider: await providers.create(body, actorOf(ctx)) }) }),
    route({ method: 'get', path: '/providers/:id', summary: 'One provider with its areas and item prices', access: EVERYONE, response: providerAnswer, handler: async (ctx) => ({ provider: await providers.get(id(ctx), currentUser(ctx)) }) }),
    route({
      method: 'patch',
      path: '/providers/:id',
      summary: 'Change a provider (its own admin: the contact and item prices only)',
      access: EDITORS,
      body: providerChangesBody,
      response: providerAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ provider: await providers.update(id(ctx), body, currentUser(ctx), actorOf(ctx)) }),
    }),
    route({
      method: 'put',
      path: '/providers/:id/cancellation-terms',
      summary: 'Set the provider’s cancellation terms (取消条款): the fee in fen (0 = free) for a case canceled after the worker started, and the terms in words',
      access: MANAGERS,
      body: cancellationTermsBody,
      response: providerAnswer,
      audit: 'service',
      handler: async (ctx, body) => {
        await terms.set(id(ctx), body, actorOf(ctx));
        return { provider: await providers.get(id(ctx), currentUser(ctx)) };
      },
    }),
    route({
      method: 'get',
      path: '/providers/:id/staff',
      summary: 'A provider’s staff (服务人员) by status, skill and area (paged)',
      access: EVERYONE,
      query: staffQuery,
      response: staffPage,
      handler: async (ctx, _body, query) => staff.list(id(ctx), query, currentUser(ctx)),
    }),
    route({
      method: 'post',
      path: '/providers/:id/staff',
      summary: 'Add a staff member to a provider',
      access: EDITORS,
      body: newStaffBody,
      response: staffAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ staff: await staff.create(id(ctx), body, currentUser(ctx), actorOf(ctx)) }),
    }),
    route({
      method: 'patch',
      path: '/providers/:id/staff/:staffId',
      summary: 'Change a staff member',
      access: EDITORS,
      body: staffChangesBody,
      response: staffAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ staff: await staff.update(id(ctx), param(ctx, 'staffId'), body, currentUser(ctx), actorOf(ctx)) }),
    }),
  ];
}
