import { ACCESS, decisionAnswer, decisionKey, decisionListAnswer, decisionVersionAnswer, saveDecisionBody } from '@careflow/contracts';
import { z } from 'zod';
import { authorOf, checkedParam, route } from '../../http/route';
import { DecisionService } from './service';

const READERS = ACCESS.decisions.read;
const EDITORS = ACCESS.decisions.edit;
const versionQuery = z.object({ version: z.coerce.number().int().positive().optional() });
const versionNumber = z.coerce.number().int().positive();

export function decisionRoutes(decisions: DecisionService) {
  return [
    route({ method: 'get', path: '/decisions', summary: 'The decision tables (决策表) processes evaluate', access: READERS, response: decisionListAnswer, handler: async () => ({ decisions: await decisions.list() }) }),
    route({
      method: 'post',
      path: '/decisions',
      summary: 'Create a decision table from a DMN file (version 1, a draft; its key is the decision id)',
      access: EDITORS,
      body: saveDecisionBody,
      response: decisionVersionAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ version: await decisions.create(body.xml, authorOf(ctx)) }),
    }),
    route({
      method: 'get',
      path: '/decisions/:key',
      summary: 'A decision table: its versions and the DMN of one (?version=, default the newest)',
      access: READERS,
      query: versionQuery,
      response: decisionAnswer,
      handler: async (ctx, _body, query) => decisions.get(checkedParam(ctx, 'key', decisionKey), query.version),
    }),
    route({
      method: 'post',
      path: '/decisions/:key/versions',
      summary: 'Save a new draft version of a decision table',
      access: EDITORS,
      body: saveDecisionBody,
      response: decisionVersionAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ version: await decisions.addVersion(checkedParam(ctx, 'key', decisionKey), body.xml, authorOf(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/decisions/:key/versions/:version/publish',
      summary: 'Deploy a draft version to the process engine: the next decisions use it',
      access: EDITORS,
      response: decisionVersionAnswer,
      audit: 'service',
      handler: async (ctx) => ({ version: await decisions.publish(checkedParam(ctx, 'key', decisionKey), checkedParam(ctx, 'version', versionNumber), authorOf(ctx)) }),
    }),
  ];
}
