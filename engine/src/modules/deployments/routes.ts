import { deployBody, deploymentAnswer, deploymentListAnswer } from '@careflow/contracts';
import { authorOf, route } from '../../http/route';
import { Deployment } from './entities';
import { DeploymentService } from './service';

const view = ({ xml: _xml, ...rest }: Deployment) => rest;

export function deploymentRoutes(deployments: DeploymentService) {
  return [
    route({
      method: 'post',
      path: '/deployments',
      summary: 'Deploy a BPMN model (and its decisions) to the process engine',
      access: ['admin'],
      body: deployBody,
      response: deploymentAnswer,
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
      response: deploymentListAnswer,
      handler: async () => ({ deployments: (await deployments.list()).map(view) }),
    }),
  ];
}
