import { z } from 'zod';
import { jsonObject, timestamp } from '../wire';

/** POST /api/messages: an outside event correlated into a process, idempotent by messageId. */
export const publishMessageBody = z.strictObject({
  name: z.string().regex(/^[a-z][\w.-]{0,127}$/i, 'a message name like provider.accepted'),
  correlationKey: z.string().min(1).max(128),
  messageId: z.string().min(1).max(128),
  variables: z.record(z.string(), z.json()).default({}),
  timeToLiveSeconds: z.number().int().min(0).max(7 * 24 * 3600).default(3600),
});

export const processMessageView = z.object({
  messageId: z.string(),
  name: z.string(),
  correlationKey: z.string(),
  variables: jsonObject,
  /** The process instance it was delivered to; null while it waits for one. */
  messageKey: z.string().nullable(),
  caseId: z.string().nullable(),
  publishedBy: z.string(),
  publishedAt: timestamp,
});
/** repeated: the same messageId was published before; this is its first answer. */
export const publishMessageAnswer = z.object({ message: processMessageView, repeated: z.boolean() });
