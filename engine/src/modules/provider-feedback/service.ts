import { randomUUID } from 'node:crypto';
import { RATING_WINDOW, type ProviderFeedbackView, type Satisfaction } from '@careflow/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { CaseEntity } from '../cases/entities';
import { isUniqueViolation } from '../../db/errors';
import { writeLock } from '../../db/locks';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { DispatchEntity } from '../dispatches/entities';
import { PublicUser } from '../identity/entities';
import { ProviderEntity } from '../providers/entities';
import { ProviderFeedback, ProviderFeedbackEntity } from './entities';
import { FeedbackPage, feedbackPage, feedbackViews, requireFeedbackReader } from './feedback-list';
import { ratingOf, scoreOf } from './rating';

export type FeedbackInput = { key: string; dispatchId?: string; caseNumber?: string; source: ProviderFeedback['source']; satisfaction?: Satisfaction; complaint: boolean; note?: string };
export type Standing = { providerId: string; rating: number | null; counted: number; evaluations: number; complaints: number };

/** A return visit is about work done; a complaint may be about any order the provider took. */
const VISITED = ['done'];

/**
 * 服务评价: the hotline's evaluations of the provider that served an order. Each one is kept, and the
 * provider's rating (which ranks it when orders are dispatched) becomes the mean of its latest
 * evaluations, in the same transaction, so the rating always matches the evaluations kept.
 */
export class ProviderFeedbackService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async record(input: FeedbackInput, user: PublicUser, actor: Actor): Promise<{ feedback: ProviderFeedbackView; repeated: boolean; standing: Standing }> {
    const earlier = await this.byKey(input.key);
    if (earlier) return this.answer(earlier, true);
    const order = await this.orderOf(input);
    if (input.source === 'return_visit' && !VISITED.includes(order.status)) throw errors.conflict(`The order is ${order.status}: a return visit evaluates finished work`);
    const feedback: ProviderFeedback = {
      id: randomUUID(),
      key: input.key,
      providerId: order.providerId,
      dispatchId: order.id,
      caseId: order.caseId,
      source: input.source,
      satisfaction: input.satisfaction ?? null,
      complaint: input.complaint,
      score: scoreOf(input.satisfaction ?? null, input.complaint),
      note: input.note || null,
      recordedBy: user.id,
      recordedByName: user.displayName,
      recordedAt: new Date(),
    };
    try {
      await this.dataSource.transaction((m) => this.keep(m, feedback, actor));
    } catch (error) {
      // The same job twice at once: the first one's evaluation stands.
      const first = isUniqueViolation(error) ? await this.byKey(input.key) : null;
      if (!first) throw error;
      return this.answer(first, true);
    }
    return this.answer(feedback, false);
  }

  /** The provider's rating as stored and what it rests on. */
  async standing(providerId: string): Promise<Standing> {
    const provider = await this.dataSource.getRepository(ProviderEntity).findOneBy({ id: providerId });
    if (!provider) throw errors.notFound(`Provider ${providerId}`);
    const repo = this.dataSource.getRepository(ProviderFeedbackEntity);
    const [evaluations, complaints] = await Promise.all([repo.countBy({ providerId }), repo.countBy({ providerId, complaint: true })]);
    return { providerId, rating: provider.rating, counted: Math.min(evaluations, RATING_WINDOW), evaluations, complaints };
  }

  /** A provider's standing and one page of its evaluations, as its reader may see them. */
  async ofProvider(providerId: string, user: PublicUser, query: FeedbackPage) {
    requireFeedbackReader(user, providerId);
    const [standing, page] = await Promise.all([this.standing(providerId), feedbackPage(this.dataSource, providerId, query)]);
    return { standing, ...page };
  }

  private async keep(m: EntityManager, feedback: ProviderFeedback, actor: Actor): Promise<void> {
    // Evaluations of one provider are kept one at a time, so each rating counts every one before it.
    const provider = await m.getRepository(ProviderEntity).findOne({ where: { id: feedback.providerId }, lock: writeLock(m) });
    if (!provider) throw errors.notFound(`Provider ${feedback.providerId}`);
    await m.getRepository(ProviderFeedbackEntity).insert(feedback);
    const rating = await ratingOf(m, feedback.providerId);
    await m.getRepository(ProviderEntity).update({ id: feedback.providerId }, { rating });
    const after = { feedbackId: feedback.id, dispatchId: feedback.dispatchId, source: feedback.source, satisfaction: feedback.satisfaction, complaint: feedback.complaint, score: feedback.score, rating };
    await this.audit.record(actor, { action: 'provider.feedback', entityType: 'provider', entityId: feedback.providerId, before: { rating: provider.rating }, after }, m);
  }

  private async answer(feedback: ProviderFeedback, repeated: boolean) {
    const [view] = await feedbackViews(this.dataSource, [feedback]);
    return { feedback: view, repeated, standing: await this.standing(feedback.providerId) };
  }

  /** The order named, or the latest order with a provider on the case named by its number. */
  private async orderOf(input: FeedbackInput) {
    const orders = this.dataSource.getRepository(DispatchEntity);
    if (input.dispatchId) {
      const order = await orders.findOneBy({ id: input.dispatchId });
      if (!order) throw errors.notFound(`Dispatch ${input.dispatchId}`);
      return order;
    }
    const served = await this.dataSource.getRepository(CaseEntity).findOneBy({ caseNumber: input.caseNumber ?? '' });
    if (!served) throw errors.notFound(`Case ${input.caseNumber}`);
    const [order] = await orders.find({ where: { caseId: served.id }, order: { createdAt: 'DESC' }, take: 1 });
    if (!order) throw errors.notFound(`An order on case ${input.caseNumber}`);
    return order;
  }

  private byKey(key: string): Promise<ProviderFeedback | null> {
    return this.dataSource.getRepository(ProviderFeedbackEntity).findOneBy({ key });
  }
}
