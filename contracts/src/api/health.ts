import { z } from 'zod';

/** How CareFlow's supervisor sees the process engine it runs (npm start). */
export const processEngineSupervision = z.object({
  state: z.enum(['starting', 'up', 'restarting', 'stopped']),
  restarts: z.number().int(),
  lastExit: z.string().optional(),
});
export type ProcessEngineSupervision = z.infer<typeof processEngineSupervision>;

/** GET /api/health: 200 when everything is up, 503 (degraded) with the same report otherwise. */
export const healthReport = z.object({
  status: z.enum(['ok', 'degraded']),
  engine: z.object({ status: z.literal('up'), version: z.string(), uptimeSeconds: z.number().int() }),
  database: z.object({ status: z.enum(['up', 'down']), type: z.string(), error: z.string().optional() }),
  /** The process engine (Operaton) that runs cases. */
  processEngine: z.object({
    status: z.enum(['up', 'down']),
    url: z.string(),
    /** Started and supervised by CareFlow (npm start) rather than external. */
    embedded: z.boolean(),
    version: z.string().optional(),
    supervision: processEngineSupervision.optional(),
    error: z.string().optional(),
  }),
});
export type HealthReport = z.infer<typeof healthReport>;
