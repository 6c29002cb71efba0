import { startProcessAnswer, startProcessBody } from '@careflow/contracts';
import { authorOf, route } from '../../http/route';
import { ProcessInstanceService } from './service';

export function processInstanceRoutes(instances: ProcessInstanceService) {
  return [
    route({
      method: 'post',
      path: '/process-instances',
      summary: 'Start a process instance (optionally wait for its result)',
      access: ['admin', 'supervisor', 'agent'],
      body: startProcessBody,
      response: startProcessAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => {
        const awaitResult = body.awaitResultSeconds ? { timeoutMs: body.awaitResultSeconds * 1000 } : undefined;
        const started = await instances.start({ bpmnProcessId: body.bpmnProcessId, variables: body.variables, awaitResult }, authorOf(ctx));
        return { processInstance: started.instance, ...(started.result ? { variables: started.result } : {}) };
      },
    }),
  ];
}
