import { defineModule } from '../../kernel/module';
import { areasModule } from '../areas';
import { casesModule } from '../cases';
import { dictionariesModule } from '../dictionaries';
import { NotificationService } from '../notifications/service';
import { SmsOutbox } from '../sms/outbox';
import { KnowledgeArticleEntity, KnowledgeVersionEntity } from './entities';
import { KnowledgeExpiryReminder } from './expiry-reminder';
import { knowledgeImportRoutes } from './import-routes';
import { KnowledgeImport } from './import/service';
import { KnowledgeSms } from './knowledge-sms';
import { Knowledge1767200000000 } from './migrations/1767200000000-knowledge';
import { KnowledgeUsage1767200000100 } from './migrations/1767200000100-knowledge-usage';
import { knowledgeProposalRoutes } from './proposal-routes';
import { KnowledgeProposals } from './proposals';
import { knowledgeRoutes } from './routes';
import { KnowledgeSearch } from './search';
import { KnowledgeArticles } from './service';
import { KnowledgeUsage } from './usage';
import { KnowledgeRatingEntity, KnowledgeUseEntity } from './usage-entities';
import { knowledgeUsageRoutes } from './usage-routes';

export { KnowledgeArticles, KnowledgeSearch, KnowledgeUsage };

/** 知识库: policy articles with versions and review, the Chinese search agents answer from, and their use on cases. */
export const knowledgeModule = defineModule({
  name: 'knowledge',
  entities: [KnowledgeArticleEntity, KnowledgeVersionEntity, KnowledgeUseEntity, KnowledgeRatingEntity],
  migrations: [Knowledge1767200000000, KnowledgeUsage1767200000100],
  needs: { cases: casesModule, areas: areasModule, dictionaries: dictionariesModule },
  start: ({ dataSource, audit, config, timeline, live, logger }, uses) => {
    const timeZone = config.cases.timeZone;
    const search = new KnowledgeSearch(dataSource, timeZone);
    const articles = new KnowledgeArticles(dataSource, audit, search, timeZone);
    const usage = new KnowledgeUsage(dataSource, uses.cases.cases, timeline, timeZone);
    // The outbox is stateless over the database, so built here (as cases and dispatches do); the texts carry their content.
    const outbox = new SmsOutbox(dataSource, config.sms.rateLimitPerHour, () => Promise.reject(new Error('knowledge texts carry their content')));
    const sms = new KnowledgeSms(dataSource, uses.cases.cases, usage, outbox, timeline, config.statements.hotlineName);
    const notifications = new NotificationService(dataSource, live);
    const proposals = new KnowledgeProposals(dataSource, articles, uses.cases.cases, notifications);
    const reminder = new KnowledgeExpiryReminder(dataSource, notifications, timeZone, config.knowledge.expiryRemindDays);
    const imports = new KnowledgeImport(dataSource, articles, uses.dictionaries.dictionaries, uses.areas.areas, logger);
    const remind = () => void reminder.runOnce().catch((err: unknown) => logger.error({ err }, 'knowledge expiry reminders failed'));
    let timer: NodeJS.Timeout | undefined;
    let warming: Promise<void> = Promise.resolve();
    return {
      gives: { articles, search, usage, reminder },
      routes: [...knowledgeRoutes(articles, search), ...knowledgeUsageRoutes(usage, sms), ...knowledgeProposalRoutes(proposals), ...knowledgeImportRoutes(imports)],
      workers: [
        {
          // The first agent's search would otherwise wait for the whole index to be built.
          name: 'knowledge-search',
          start: () => {
            warming = search.warm().catch((err: unknown) => logger.error({ err }, 'knowledge search index not built'));
          },
          stop: () => warming,
        },
        {
          name: 'knowledge-expiry',
          start: () => {
            remind();
            timer = setInterval(remind, 3600_000);
          },
          stop: async () => {
            clearInterval(timer);
            await reminder.idle();
          },
        },
      ],
    };
  },
});
