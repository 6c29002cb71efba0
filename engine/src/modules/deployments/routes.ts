import { z } from 'zod';
import { authorOf, route } from '../../http/route';
import { Deployment } from './entities';
import { DeploymentService } from './service';

const DeployBody = z.strictObject({
  resourceName: z
    .string()
    .trim()
    .regex(/^[\w.-]{1,200}\.bpmn$/, 'must be a file name ending in .bpmn (letters, digits, . _ -)'),
  xml: z.string().min(1, 'required'),
});

const view = ({ xml: _xml, ...rest }: Deployment) => rest;

export function deploymentRoutes(deployments: DeploymentService) {
  return [
    route({
      method: 'post',
      path: '/deployments',
      summary: 'Deploy a BPMN model (and its decisions) to the process engine',
      access: ['admin'],
      body: DeployBody,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => {
        const deployment = await deployments.deploy(body, authorOf(ctx));
        return { deployment: view(deployment) };
      },
    }),
    route({
      method: 'get',
      path: '/deployments',
      summary: 'Recent deployments',
      access: ['admin', 'analyst'],
      handler: async () => ({ deployments: (await deployments.list()).map(view) }),
    }),
  ];
}
