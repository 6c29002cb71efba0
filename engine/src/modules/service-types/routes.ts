import {
  ACCESS,
  newServiceTypeBody,
  newVersionBody,
  publishVersionBody,
  serviceTypeAnswer,
  serviceTypeListAnswer,
  serviceTypeVersionAnswer,
  serviceTypeVersionSummaryAnswer,
  serviceTypeWithVersions,
  updateServiceTypeBody,
} from '@careflow/contracts';
import { authorOf, route, param } from '../../http/route';
import { ServiceTypeService } from './service';

const READERS = ACCESS.serviceTypes.read;
const EDITORS = ACCESS.serviceTypes.edit;

export function serviceTypeRoutes(types: ServiceTypeService) {
  return [
    route({ method: 'get', path: '/service-types', summary: 'The service catalog', access: READERS, response: serviceTypeListAnswer, handler: async () => ({ serviceTypes: await types.list() }) }),
    route({
      method: 'post',
      path: '/service-types',
      summary: 'Create a service type (no version yet)',
      access: EDITORS,
      body: newServiceTypeBody,
      response: serviceTypeAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ serviceType: await types.create(body, authorOf(ctx)) }),
    }),
    route({
      method: 'get',
      path: '/service-types/:key',
      summary: 'A service type and its versions',
      access: READERS,
      response: serviceTypeWithVersions,
      handler: async (ctx) => types.get(param(ctx, 'key')),
    }),
    route({
      method: 'patch',
      path: '/service-types/:key',
      summary: 'Change names, category, icon or intake form',
      access: EDITORS,
      body: updateServiceTypeBody,
      response: serviceTypeAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ serviceType: await types.update(param(ctx, 'key'), body, authorOf(ctx)) }),
    }),
    route({
      method: 'get',
      path: '/service-types/:key/versions/:version',
      summary: 'One version with its BPMN',
      access: READERS,
      response: serviceTypeVersionAnswer,
      handler: async (ctx) => ({ version: await types.version(param(ctx, 'key'), Number(param(ctx, 'version'))) }),
    }),
    route({
      method: 'post',
      path: '/service-types/:key/versions',
      summary: 'Save a new draft version (BPMN and settings)',
      access: EDITORS,
      body: newVersionBody,
      response: serviceTypeVersionSummaryAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ version: await types.addVersion(param(ctx, 'key'), body, authorOf(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/service-types/:key/publish',
      summary: 'Lint and deploy a version; new cases start on it (an older version = rollback)',
      access: EDITORS,
      body: publishVersionBody,
      response: serviceTypeVersionSummaryAnswer,
      audit: 'service',
      handler: async (ctx, body) => {
        const { bpmnXml: _xml, ...version } = await types.publish(param(ctx, 'key'), body.version, authorOf(ctx));
        return { version };
      },
    }),
  ];
}
