import { z } from 'zod';
import { timestamp } from '../wire';

// Deployments: BPMN models (and their decisions) on the process engine, and what a publish check finds.

/** POST /api/deployments: a BPMN model (and its decisions) for the process engine. */
export const deployBody = z.strictObject({
  resourceName: z
    .string()
    .trim()
    .regex(/^[\w.-]{1,200}\.bpmn$/, 'must be a file name ending in .bpmn (letters, digits, . _ -)'),
  xml: z.string().min(1, 'required'),
});

/** A process definition a deployment made. */
export const deployedProcess = z.object({ bpmnProcessId: z.string(), version: z.number().int(), processDefinitionKey: z.string() });

/** A deployment as the API shows it (without its XML). */
export const deploymentView = z.object({
  id: z.string(),
  deploymentKey: z.string(),
  resourceName: z.string(),
  processes: z.array(deployedProcess),
  deployedBy: z.string(),
  deployedAt: timestamp,
});
export const deploymentAnswer = z.object({ deployment: deploymentView });
export const deploymentListAnswer = z.object({ deployments: z.array(deploymentView) });

/** One thing that stops (error) or should worry (warn) a publish, named by its element where there is one. */
export const publishProblem = z.object({
  /** The BPMN element (or DMN decision) it is about; absent for the model as a whole. */
  elementId: z.string().optional(),
  /** The file it is in, when it is not the BPMN model (`routing.dmn`), or the BPMN model for XML problems. */
  resource: z.string().optional(),
  /** zh-CN, saying what to do. */
  message: z.string(),
  /** The same in English. */
  messageEn: z.string(),
  severity: z.enum(['error', 'warn', 'info']),
  /** model: the input itself (size, XML, kind); rule: CareFlow's lint (the studio's rules); engine: the process engine's parser. */
  source: z.enum(['model', 'rule', 'engine']),
  /** The lint rule, e.g. `careflow-c7/user-task-form`. */
  rule: z.string().optional(),
});
export type PublishProblem = z.infer<typeof publishProblem>;

/**
 * The details of a 422 rejected_model answer (deploying, publishing, saving a version): every
 * problem. A model that is not even well-formed XML names only the element and the message.
 */
export const rejectedModelDetails = z.object({ problems: z.array(publishProblem.partial({ messageEn: true, severity: true, source: true })) });
