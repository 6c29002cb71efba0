import { z } from 'zod';
import { timestamp } from '../wire';

// 决策表: DMN decision tables that processes evaluate (a business rule task's decisionRef), versioned
// and deployed to the process engine on their own, so an analyst changes a routing row without touching the process.

/** A decision key is the DMN decision's id (what a business rule task's camunda:decisionRef names). */
export const decisionKey = z.string().regex(/^[A-Za-z][\w-]{0,63}$/, 'a decision id: a letter, then letters, digits, - or _ (64 at most)');

export const DECISION_STATUSES = ['draft', 'published', 'superseded'] as const;

export const decisionVersionView = z.object({
  key: decisionKey,
  version: z.number().int(),
  name: z.string(),
  status: z.enum(DECISION_STATUSES),
  /** The process engine's version of the deployed decision (1, 2, …), once published. */
  definitionVersion: z.number().int().nullable(),
  createdBy: z.string(),
  createdAt: timestamp,
  publishedBy: z.string().nullable(),
  publishedAt: timestamp.nullable(),
});
export type DecisionVersionView = z.infer<typeof decisionVersionView>;

export const decisionTableSummary = z.object({
  key: decisionKey,
  name: z.string(),
  latestVersion: z.number().int(),
  publishedVersion: z.number().int().nullable(),
  updatedAt: timestamp,
});

/** GET /api/decisions */
export const decisionListAnswer = z.object({ decisions: z.array(decisionTableSummary) });
/** GET /api/decisions/:key: the versions, newest first, and the DMN of the one asked for (default: the newest). */
export const decisionAnswer = z.object({ versions: z.array(decisionVersionView), version: decisionVersionView, xml: z.string() });
export const decisionVersionAnswer = z.object({ version: decisionVersionView });

/** POST /api/decisions (a new table) and POST /api/decisions/:key/versions (a new draft): the DMN file. */
export const saveDecisionBody = z.strictObject({ xml: z.string().min(1).max(2 * 1024 * 1024) });
export type SaveDecisionBody = z.infer<typeof saveDecisionBody>;
