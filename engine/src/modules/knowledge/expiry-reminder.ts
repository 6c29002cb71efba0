import { Between, DataSource, IsNull, Not } from 'typeorm';
import { dateIn } from '../dispatches/rules';
import { UserEntity } from '../identity/entities';
import { NotificationService } from '../notifications/service';
import { activeAuthors } from './authors';
import { KnowledgeArticleEntity, KnowledgeVersionEntity } from './entities';

const DAY_MS = 24 * 3600_000;

/**
 * 到期提醒: a published article whose expiry date is within `days` tells its author (or, when that user is
 * gone or no longer writes, every author) once per expiry date, so the policy is checked and renewed
 * before agents meet the 已过期 warning. The notice's key makes a pass repeatable and several engines safe.
 */
export class KnowledgeExpiryReminder {
  private running: Promise<number> = Promise.resolve(0);

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly timeZone: string,
    private readonly days: number,
  ) {}

  /** One pass; answers how many reminders were new. */
  runOnce(now = new Date()): Promise<number> {
    this.running = this.running.then(() => this.pass(now));
    return this.running;
  }

  idle(): Promise<unknown> {
    return this.running.catch(() => undefined);
  }

  private async pass(now: Date): Promise<number> {
    if (this.days <= 0) return 0;
    const today = dateIn(this.timeZone, now);
    const last = dateIn(this.timeZone, new Date(now.getTime() + this.days * DAY_MS));
    const expiring = await this.dataSource.getRepository(KnowledgeArticleEntity).find({ where: { withdrawn: false, publishedVersion: Not(IsNull()), expiresOn: Between(today, last) } });
    let sent = 0;
    for (const article of expiring) {
      const version = await this.dataSource.getRepository(KnowledgeVersionEntity).findOneBy({ articleId: article.id, version: article.publishedVersion! });
      const result = await this.notifications.send({
        key: `knowledge-expiry:${article.id}:${article.expiresOn}`,
        users: await this.recipients(version?.authoredBy),
        title: `知识即将到期：${article.title}`,
        body: `该知识将于 ${article.expiresOn} 到期，到期后坐席打开时会看到“已过期”提示。请核对政策是否延续，修订有效期后提交审核。`,
        level: 'warning',
      });
      if (!result.repeated && result.notifications.length > 0) sent += 1;
    }
    return sent;
  }

  private async recipients(authorId: string | undefined): Promise<string[]> {
    const authors = await activeAuthors(this.dataSource);
    const author = authors.find((u) => u.id === authorId);
    if (author) return [author.username];
    if (authors.length > 0) return authors.map((u) => u.username);
    // No author at all: the admins, who may write articles too.
    return (await this.dataSource.getRepository(UserEntity).findBy({ active: true })).filter((u) => u.roles.includes('admin')).map((u) => u.username);
  }
}
