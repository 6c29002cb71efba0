import {
  ACCESS,
  maskPhone,
  newSmsMessageBody,
  renderSmsAnswer,
  renderSmsBody,
  smsClaimAnswer,
  smsClaimBody,
  smsListQuery,
  smsMessageAnswer,
  smsPage,
  smsReceiptBody,
  smsRecipientsAnswer,
  smsRecipientsQuery,
  smsStatusUpdateBody,
  smsTemplateAnswer,
  smsTemplateBody,
  smsTemplateChangeBody,
  smsTemplateListAnswer,
} from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { actorOf, currentUser, param, route } from '../../http/route';
import { AreaService } from '../areas/service';
import { accessOf } from '../elders/views';
import { SmsClaims } from './claims';
import { SmsOutbox } from './outbox';
import { relativesOf } from './recipients';
import { SmsTemplateService } from './templates';

const READERS = ACCESS.sms.read;

export function smsRoutes(outbox: SmsOutbox, templates: SmsTemplateService, dataSource: DataSource, areas: AreaService, claims = new SmsClaims(dataSource)) {
  return [
    route({
      method: 'get',
      path: '/sms',
      summary: 'The SMS outbox with delivery status: filter by recipient, case and status (phones masked for masked roles)',
      access: READERS,
      query: smsListQuery,
      response: smsPage,
      handler: async (ctx, _body, query) => outbox.list(query, accessOf(currentUser(ctx)), await areas.scopeOf(currentUser(ctx))),
    }),
    route({
      method: 'post',
      path: '/sms/messages',
      summary: 'Queue one SMS in the outbox (idempotent by key; 409 sms_rate_limited over the per-phone hourly limit)',
      access: ['connector', 'admin'],
      body: newSmsMessageBody,
      response: smsMessageAnswer,
      handler: async (ctx, body) => {
        const { message, created } = await outbox.record(body);
        ctx.status = created ? 201 : 200;
        return { message };
      },
      audit: {
        action: 'sms.queue',
        entity: 'sms',
        summary: ({ ctx, body }) => ({ phone: maskPhone(body.phone), caseId: body.caseId ?? null, templateKey: body.templateKey ?? null, source: body.source ?? null, repeated: ctx.status === 200 }),
      },
    }),
    route({
      method: 'patch',
      path: '/sms/messages/:id',
      summary: 'Report what became of a message: sent (with the provider id), delivered or failed; only forward',
      access: ['connector'],
      body: smsStatusUpdateBody,
      response: smsMessageAnswer,
      audit: { none: 'delivery progress the SMS connector reports; the message keeps it (status, times, error)' },
      handler: async (ctx, body) => ({ message: await outbox.update(param(ctx, 'id'), body) }),
    }),
    route({
      method: 'post',
      path: '/sms/outbox/claim',
      summary: 'The connectors’ outbox sender claims a batch of the messages the engine queued itself, under a lease (each is claimed by one sender at a time)',
      access: ['connector'],
      body: smsClaimBody,
      response: smsClaimAnswer,
      audit: { none: 'hands queued messages to a sender; what becomes of each is reported on the message' },
      handler: async (_ctx, body) => ({ messages: await claims.claim(body), leaseSeconds: body.leaseSeconds }),
    }),
    route({
      method: 'post',
      path: '/sms/receipts',
      summary: 'A delivery receipt from the SMS provider, by the provider message id',
      access: ['connector'],
      body: smsReceiptBody,
      response: smsMessageAnswer,
      audit: { none: 'a delivery receipt from the SMS provider; the message keeps it' },
      handler: async (_ctx, body) => ({ message: await outbox.receipt(body) }),
    }),
    route({
      method: 'get',
      path: '/sms/recipients',
      summary: "An elder's relatives as SMS recipients (name, relation, mobile), in call order",
      access: ['connector'],
      query: smsRecipientsQuery,
      response: smsRecipientsAnswer,
      handler: async (_ctx, _body, query) => relativesOf(dataSource, query.elderId),
    }),
    route({
      method: 'get',
      path: '/sms-templates',
      summary: 'SMS templates',
      access: ['admin', 'supervisor', 'agent', 'connector'],
      response: smsTemplateListAnswer,
      handler: async () => ({ templates: await templates.list() }),
    }),
    route({
      method: 'get',
      path: '/sms-templates/:key',
      summary: 'One SMS template with its parameters',
      access: ['admin', 'supervisor', 'agent', 'connector'],
      response: smsTemplateAnswer,
      handler: async (ctx) => ({ template: await templates.get(param(ctx, 'key')) }),
    }),
    route({
      method: 'post',
      path: '/sms-templates',
      summary: 'Create an SMS template: content with {{param}} placeholders',
      access: ['admin'],
      body: smsTemplateBody,
      response: smsTemplateAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ template: await templates.create(body, actorOf(ctx)) }),
    }),
    route({
      method: 'put',
      path: '/sms-templates/:key',
      summary: 'Change an SMS template',
      access: ['admin'],
      body: smsTemplateChangeBody,
      response: smsTemplateAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ template: await templates.replace(param(ctx, 'key'), body, actorOf(ctx)) }),
    }),
    route({
      method: 'delete',
      path: '/sms-templates/:key',
      summary: 'Delete an SMS template',
      access: ['admin'],
      audit: 'service',
      handler: async (ctx) => {
        await templates.remove(param(ctx, 'key'), actorOf(ctx));
      },
    }),
    route({
      method: 'post',
      path: '/sms-templates/:key/render',
      summary: 'The text a template makes with these parameters; a missing parameter is a 400 naming it',
      access: ['admin', 'connector'],
      body: renderSmsBody,
      response: renderSmsAnswer,
      audit: { none: 'renders a text and stores nothing' },
      handler: async (ctx, body) => {
        const { content, template } = await templates.render(param(ctx, 'key'), body.params);
        return { content, templateKey: template.key };
      },
    }),
  ];
}
