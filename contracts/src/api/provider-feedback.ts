import { z } from 'zod';
import { satisfaction, type Satisfaction } from './cases';
import { timestamp } from '../wire';

/** Where an evaluation of a provider comes from: the hotline's return visit (回访), or a complaint case. */
export const FEEDBACK_SOURCES = ['return_visit', 'complaint'] as const;
export const feedbackSource = z.enum(FEEDBACK_SOURCES);

/** Points per answer on the five-level scale; a complaint about the provider scores 0, below the worst answer. */
export const SATISFACTION_SCORES: Record<Satisfaction, number> = { very_satisfied: 5, satisfied: 4, neutral: 3, unsatisfied: 2, very_unsatisfied: 1 };
export const COMPLAINT_SCORE = 0;
/** A provider's rating is the mean score of its latest evaluations, so old ones fade. */
export const RATING_WINDOW = 50;

/**
 * POST /api/provider-feedback: one evaluation of the provider that served an order, once per key
 * (the job's). The provider is the order's, never the caller's word. A complaint needs no answer.
 */
export const providerFeedbackBody = z
  .strictObject({
    key: z.string().trim().min(1).max(128),
    dispatchId: z.string().min(1).max(36).optional(),
    /** Instead of the order: the service case a complaint is about (工单号); its latest order's provider is rated. */
    caseNumber: z.string().trim().min(1).max(40).optional(),
    source: feedbackSource.default('return_visit'),
    satisfaction: satisfaction.optional(),
    complaint: z.boolean().default(false),
    note: z.string().trim().max(1000).optional(),
  })
  .refine((b) => b.satisfaction !== undefined || b.complaint, { path: ['satisfaction'], message: 'an evaluation gives an answer or is a complaint' })
  .refine((b) => (b.dispatchId === undefined) !== (b.caseNumber === undefined), { path: ['dispatchId'], message: 'name the order (dispatchId) or the case it served (caseNumber), not both' });

/** A provider's standing: the rating (0–5, one decimal; null before any evaluation) and what it rests on. */
export const providerStanding = z.object({
  providerId: z.string(),
  rating: z.number().nullable(),
  /** Evaluations the rating averages (the latest RATING_WINDOW). */
  counted: z.number().int(),
  evaluations: z.number().int(),
  complaints: z.number().int(),
});

export const providerFeedbackView = z.object({
  id: z.string(),
  providerId: z.string(),
  dispatchId: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  serviceItemName: z.string(),
  source: feedbackSource,
  satisfaction: satisfaction.nullable(),
  complaint: z.boolean(),
  score: z.number().int(),
  note: z.string().nullable(),
  recordedByName: z.string(),
  recordedAt: timestamp,
});
export type ProviderFeedbackView = z.infer<typeof providerFeedbackView>;

/** repeated: the key was used before; the first evaluation stands and the rating is as it was. */
export const providerFeedbackAnswer = z.object({ feedback: providerFeedbackView, repeated: z.boolean(), standing: providerStanding });

/** GET /api/providers/:id/feedback: newest first. */
export const providerFeedbackListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  complaintsOnly: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export const providerFeedbackListAnswer = z.object({ standing: providerStanding, feedback: z.array(providerFeedbackView), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });
