import { ACCESS, cancelCaseBody, caseAnswer, caseDetailAnswer, caseListAnswer, caseListQuery, caseNoteBody, openCaseBody } from '@careflow/contracts';
import { actorOf, currentUser, param, route, RouteContext } from '../../http/route';
import { CaseService } from './service';

const STAFF = ACCESS.cases.read;
const WORKERS = ACCESS.cases.work;
const SUPERVISORS = ACCESS.cases.supervise;

export function caseRoutes(cases: CaseService) {
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
      method: 'post',
      path: '/cases/:id/urge',
      summary: 'Urge the handler (催办)',
      access: WORKERS,
      body: caseNoteBody,
      audit: 'service',
      handler: async (ctx, body) => cases.note(id(ctx), 'case.urged', body.text, currentUser(ctx), actorOf(ctx)),
    }),
    route({
      method: 'post',
      path: '/cases/:id/supervise',
      summary: 'Escalate to supervision (督办)',
      access: SUPERVISORS,
      body: caseNoteBody,
      audit: 'service',
      handler: async (ctx, body) => cases.note(id(ctx), 'case.supervised', body.text, currentUser(ctx), actorOf(ctx)),
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
