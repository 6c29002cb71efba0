import { maskPhone } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { errors } from '../../http/errors';
import { CaseService } from '../cases/service';
import { CaseTimeline } from '../cases/timeline';
import { PublicUser } from '../identity/entities';
import { SmsOutbox } from '../sms/outbox';
import { KnowledgeArticleEntity, KnowledgeVersionEntity } from './entities';
import { KnowledgeUsage } from './usage';

/**
 * The SMS signature from the hotline's name: HOTLINE_NAME carries the number too ('养老服务热线 12349'),
 * a signature is the name alone, as the shipped templates write it (【养老服务热线】).
 */
export const smsSignatureOf = (hotlineName: string) => hotlineName.replace(/[\s\d-]+$/, '').trim() || hotlineName.trim();

/** 短信发送: an article's short answer texted to the caller from a case; sending it is answering from it. */
export class KnowledgeSms {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseService,
    private readonly usage: KnowledgeUsage,
    private readonly outbox: SmsOutbox,
    private readonly timeline: CaseTimeline,
    private readonly hotlineName: string,
  ) {}

  /**
   * Queues the text (keyed by case, article, its version and phone, so a double click sends one), then records the
   * use once per article. Everything is checked before the outbox is touched; the outbox's hourly limit
   * (409 sms_rate_limited) refuses before anything is recorded.
   */
  async send(caseId: string, articleId: string, phone: string, user: PublicUser) {
    // The case first: a case out of the caller's area scope is "not found", whatever the article.
    await this.cases.find(caseId, user);
    const article = await this.dataSource.getRepository(KnowledgeArticleEntity).findOneBy({ id: articleId });
    if (!article) throw errors.notFound(`Article ${articleId}`);
    if (article.publishedVersion === null || article.withdrawn) throw errors.conflict('Only a published article is sent');
    const published = await this.dataSource.getRepository(KnowledgeVersionEntity).findOneByOrFail({ articleId, version: article.publishedVersion });
    const content = `【${smsSignatureOf(this.hotlineName)}】${published.shortAnswer}`;
    const { message, created } = await this.outbox.record(
      { key: `knowledge:${caseId}:${articleId}:v${published.version}:${phone}`, caseId, phone, content, source: 'knowledge.sms' },
      { outboxSends: true },
    );
    const { use } = await this.usage.use(caseId, articleId, user);
    if (created) {
      // Its own entry: the use may have been recorded before (采用, then 短信发送), and each phone texted shows.
      const notes = [{ what: 'sms_sent', to: [maskPhone(phone)] }];
      await this.timeline.record(caseId, 'knowledge.sms_sent', { id: user.id, username: user.username }, { articleId, version: published.version, text: published.title, messageId: message.id, notes });
    }
    return { use, message: { id: message.id, recipient: maskPhone(message.phone), content: message.content, status: message.status }, repeated: !created };
  }
}
