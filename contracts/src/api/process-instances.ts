import { z } from 'zod';
import { jsonObject, timestamp } from '../wire';

/** POST /api/process-instances: start one, optionally waiting for its result. */
export const startProcessBody = z.strictObject({
  bpmnProcessId: z.string().trim().min(1, 'required').max(255),
  variables: z.record(z.string(), z.json()).default({}),
  awaitResultSeconds: z.number().int().min(1).max(300).optional(),
});

export const processInstanceView = z.object({
  processInstanceKey: z.string(),
  bpmnProcessId: z.string(),
  processDefinitionKey: z.string(),
  version: z.number().int(),
  startedBy: z.string(),
  startedAt: timestamp,
});
/** The instance, and its final variables when the caller waited for its end. */
export const startProcessAnswer = z.object({ processInstance: processInstanceView, variables: jsonObject.optional() });
