import { z } from 'zod';
import { authorOf, route } from '../../http/route';
import { ProcessInstanceService } from './service';

const StartBody = z.strictObject({
  bpmnProcessId: z.string().trim().min(1, 'required').max(255),
  variables: z.record(z.string(), z.json()).default({}),
  awaitResultSeconds: z.number().int().min(1).max(300).optional(),
});

export function processInstanceRoutes(instances: ProcessInstanceService) {
  return [
    route({
      method: 'post',
      path: '/process-instances',
      summary: 'Start a process instance (optionally wait for its result)',
      access: ['admin', 'supervisor', 'agent'],
      body: StartBody,
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
