import { defineModule } from '../../kernel/module';
import { KnowledgeArticleEntity, KnowledgeVersionEntity } from './entities';
import { Knowledge1767200000000 } from './migrations/1767200000000-knowledge';
import { knowledgeRoutes } from './routes';
import { KnowledgeSearch } from './search';
import { KnowledgeArticles } from './service';

export { KnowledgeArticles, KnowledgeSearch };

/** 知识库: policy articles with versions and review, and the Chinese search agents answer from. */
export const knowledgeModule = defineModule({
  name: 'knowledge',
  entities: [KnowledgeArticleEntity, KnowledgeVersionEntity],
  migrations: [Knowledge1767200000000],
  needs: {},
  start: ({ dataSource, audit, config }) => {
    const search = new KnowledgeSearch(dataSource, config.cases.timeZone);
    const articles = new KnowledgeArticles(dataSource, audit, search, config.cases.timeZone);
    return { gives: { articles, search }, routes: knowledgeRoutes(articles, search) };
  },
});
