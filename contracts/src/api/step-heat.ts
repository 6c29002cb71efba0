import { z } from 'zod';
import { calendarDate } from '../wire';

/** GET /api/reports/step-heat/:serviceType: the steps of the type's cases opened in a period of days (inclusive, the bureau's time zone). */
export const stepHeatQuery = z
  .strictObject({ from: calendarDate, to: calendarDate })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'the period ends before it starts' });
export type StepHeatQuery = z.output<typeof stepHeatQuery>;

/**
 * One step (BPMN element) of the process in the period's cases, from the process engine's history:
 * how many runs of it ended and how many are open now, the median and 90th percentile of the time the
 * ended ones took, and how many of its tasks ended after their due time or are open past it.
 */
export const stepHeat = z.object({
  elementId: z.string(),
  name: z.string().nullable(),
  /** The engine's activity type: userTask, serviceTask, boundaryTimer, exclusiveGateway, … */
  type: z.string(),
  passed: z.number().int(),
  open: z.number().int(),
  /** null when no run of it ended in the period. */
  medianSec: z.number().nullable(),
  p90Sec: z.number().nullable(),
  /** Tasks of the step done late or open past due (user tasks with a due time; 0 for other steps). */
  overdue: z.number().int(),
});
export type StepHeat = z.infer<typeof stepHeat>;

export const stepHeatAnswer = z.object({
  processKey: z.string(),
  from: calendarDate,
  to: calendarDate,
  /** The type's cases opened in the period (each one process instance, on any version of the process). */
  instances: z.number().int(),
  steps: z.array(stepHeat),
  /** More step runs than one answer reads (STEP_HEAT_MAX_RUNS): the figures are of the most recent ones. */
  sampled: z.boolean(),
});
export type StepHeatAnswer = z.infer<typeof stepHeatAnswer>;

/** Gateways and start and end events take no time: their figures would only crowd the diagram and its table. */
const TIMELESS = /gateway|startevent|endevent/i;

/** Whether a step's figures are shown (on the diagram, in its table and its Excel): it takes time and ran in the period. */
export const showsHeat = (step: Pick<StepHeat, 'type' | 'passed' | 'open'>) => !TIMELESS.test(step.type) && step.passed + step.open > 0;
