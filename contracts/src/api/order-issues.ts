import { z } from 'zod';
import { timestamp } from '../wire';

/** What a provider's worker reports from the door: the elder is not home, or the job needs more than was ordered. */
export const ORDER_ISSUE_KINDS = ['not_home', 'more_work'] as const;
export const orderIssueKind = z.enum(ORDER_ISSUE_KINDS);
export type OrderIssueKind = z.infer<typeof orderIssueKind>;

/** Who reports: the order's provider's own people. */
export const ORDER_ISSUE_REPORTERS = ['provider_admin', 'provider_staff'] as const;

const itemRow = z.strictObject({ code: z.string().regex(/^[0-9A-Za-z_-]{1,64}$/), quantity: z.coerce.number().int().min(1).max(99) });

/**
 * POST /api/dispatches/:id/issue. `items`: the extra work (catalogue items the provider prices), required
 * for more_work and refused for not_home; the hotline prices them and confirms them with the elder.
 */
export const orderIssueBody = z
  .strictObject({ kind: orderIssueKind, note: z.string().trim().min(1).max(500), items: z.array(itemRow).min(1).max(10).optional() })
  .refine((b) => b.kind !== 'more_work' || (b.items?.length ?? 0) > 0, { path: ['items'], message: 'more work names the extra items' })
  .refine((b) => b.kind !== 'not_home' || b.items === undefined, { path: ['items'], message: 'an elder not at home has no extra items' });

export const orderIssueView = z.object({
  id: z.string(),
  dispatchId: z.string(),
  caseId: z.string().nullable(),
  kind: orderIssueKind,
  note: z.string(),
  items: z.array(z.object({ code: z.string(), quantity: z.number().int() })),
  reportedBy: z.string(),
  reportedByName: z.string(),
  reportedAt: timestamp,
});
/** repeated: the same report within a minute (a double tap) is the earlier one; nothing new reaches the hotline. */
export const orderIssueAnswer = z.object({ issue: orderIssueView, repeated: z.boolean() });
export const orderIssueListAnswer = z.object({ issues: z.array(orderIssueView) });
