import { defineModule } from '../../kernel/module';
import { casesModule } from '../cases';
import { KnowledgeArticleEntity, KnowledgeVersionEntity } from './entities';
import { Knowledge1767200000000 } from './migrations/1767200000000-knowledge';
import { KnowledgeUsage1767200000100 } from './migrations/1767200000100-knowledge-usage';
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
  needs: { cases: casesModule },
  start: ({ dataSource, audit, config, timeline }, uses) => {
    const timeZone = config.cases.timeZone;
    const search = new KnowledgeSearch(dataSource, timeZone);
    const articles = new KnowledgeArticles(dataSource, audit, search, timeZone);
    const usage = new KnowledgeUsage(dataSource, uses.cases.cases, timeline, timeZone);
    return { gives: { articles, search, usage }, routes: [...knowledgeRoutes(articles, search), ...knowledgeUsageRoutes(usage)] };
  },
});
