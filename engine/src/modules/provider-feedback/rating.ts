import { COMPLAINT_SCORE, RATING_WINDOW, SATISFACTION_SCORES, type Satisfaction } from '@careflow/contracts';
import { EntityManager } from 'typeorm';
import { ProviderFeedbackEntity } from './entities';

/** An evaluation's points: a complaint scores below the worst answer, whatever the answer was. */
export const scoreOf = (satisfaction: Satisfaction | null, complaint: boolean): number => (complaint || !satisfaction ? COMPLAINT_SCORE : SATISFACTION_SCORES[satisfaction]);

/** The mean of the latest RATING_WINDOW scores, to one decimal; null before any evaluation. */
export async function ratingOf(m: EntityManager, providerId: string): Promise<number | null> {
  const latest = await m.getRepository(ProviderFeedbackEntity).find({
    select: { score: true },
    where: { providerId },
    order: { recordedAt: 'DESC', id: 'DESC' },
    take: RATING_WINDOW,
  });
  if (latest.length === 0) return null;
  const mean = latest.reduce((sum, f) => sum + f.score, 0) / latest.length;
  return Math.round(mean * 10) / 10;
}
