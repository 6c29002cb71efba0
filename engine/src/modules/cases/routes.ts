import { ACCESS, cancelCaseBody, caseAnswer, caseCallerAnswer, caseDetailAnswer, caseDiagramAnswer, caseHandlersAnswer, caseListAnswer, caseListQuery, caseNoteBody, escalationAnswer, escalationReplyBody, escalationsAnswer, openCaseBody, superviseCaseBody } from '@careflow/contracts';
import { actorOf, currentUser, param, route, RouteContext } from '../../http/route';
import { EscalationService } from './escalations';
import { CaseService } from './service';

const STAFF = ACCESS.cases.read;
const WORKERS = ACCESS.cases.work;
const SUPERVISORS = ACCESS.cases.supervise;

/** One argument, so a route table can be listed without services (the OpenAPI test passes `{}`). */
export function caseRoutes(services: { cases: CaseService; escalations: EscalationService }) {
  const { cases, escalations } = services;
  const id = (ctx: RouteContext) => param(ctx, 'id');
  return [
    route({
      method: 'post',
      path: '/cases',
      summary: 'Open a case: takes a number and starts the service type’s published process',
      access: WORKERS,
      body: openCaseBody,
      response: caseAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ case: await cases.open(body, currentUser(ctx), actorOf(ctx)) }),
    }),
    route({ method: 'get', path: '/cases', summary: 'Search cases (paged)', access: STAFF, query: caseListQuery, response: caseListAnswer, handler: async (ctx, _body, query) => cases.list(query, currentUser(ctx)) }),
    route({ method: 'get', path: '/cases/:id', summary: 'A case with its timeline and tasks', access: STAFF, response: caseDetailAnswer, handler: async (ctx) => cases.get(id(ctx), currentUser(ctx)) }),
    route({
      method: 'get',
      path: '/cases/:id/caller',
      summary: '来电人保密: who called a confidential case, for the agent who took it and auditors (each read audited)',
      access: STAFF,
      response: caseCallerAnswer,
      audit: 'service',
      handler: async (ctx) => ({ caller: await cases.caller(id(ctx), currentUser(ctx), actorOf(ctx)) }),
    }),
    route({ method: 'get', path: '/cases/:id/diagram', summary: 'The deployed BPMN of the case and its elements by state (active, completed, incidents)', access: STAFF, response: caseDiagramAnswer, handler: async (ctx) => cases.diagram(id(ctx), currentUser(ctx)) }),
    route({
      method: 'post',
      path: '/cases/:id/urge',
      summary: 'Urge the handler (催办): notifies the open task’s assignee or candidates, in the app and by SMS',
      access: WORKERS,
      body: caseNoteBody,
      response: escalationAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ escalation: await escalations.urge(id(ctx), body.text, currentUser(ctx), actorOf(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/cases/:id/supervise',
      summary: 'Escalate to supervision (督办): a responsible person and a deadline; notifies them and their supervisors',
      access: SUPERVISORS,
      body: superviseCaseBody,
      response: escalationAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ escalation: await escalations.supervise(id(ctx), body, currentUser(ctx), actorOf(ctx)) }),
    }),
    route({ method: 'get', path: '/cases/:id/escalations', summary: 'The case’s 催办 and 督办 with whom they reached and the answers', access: STAFF, response: escalationsAnswer, handler: async (ctx) => ({ escalations: await escalations.list(id(ctx), currentUser(ctx)) }) }),
    route({ method: 'get', path: '/cases/:id/handlers', summary: 'Staff who may be named responsible for a 督办 of the case', access: SUPERVISORS, response: caseHandlersAnswer, handler: async (ctx) => ({ users: await escalations.handlers(id(ctx), currentUser(ctx)) }) }),
    route({
      method: 'post',
      path: '/cases/:id/escalations/:escalationId/reply',
      summary: 'The responsible person answers a 督办',
      access: WORKERS,
      body: escalationReplyBody,
      response: escalationAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ escalation: await escalations.reply(id(ctx), param(ctx, 'escalationId'), body.text, currentUser(ctx), actorOf(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/cases/:id/comments',
      summary: 'Add a comment to the timeline',
      access: WORKERS,
      body: caseNoteBody,
      audit: 'service',
      handler: async (ctx, body) => cases.note(id(ctx), 'case.comment', body.text, currentUser(ctx), actorOf(ctx)),
    }),
    route({
      method: 'post',
      path: '/cases/:id/cancel',
      summary: 'Cancel a case with a reason (ends its process)',
      access: SUPERVISORS,
      body: cancelCaseBody,
      response: caseAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ case: await cases.cancel(id(ctx), body.reason, currentUser(ctx), actorOf(ctx)) }),
    }),
  ];
}
