import { ACCESS, knowledgeArticleAnswer, knowledgeArticleBody, knowledgeListAnswer, knowledgeListQuery, knowledgeReviewBody, knowledgeSearchAnswer, knowledgeSearchQuery, knowledgeVersionView } from '@careflow/contracts';
import { z } from 'zod';
import { authorOf, checkedParam, currentUser, route, RouteContext, RouteSpec } from '../../http/route';
import { KnowledgeSearch } from './search';
import { KnowledgeArticles } from './service';

const id = (ctx: RouteContext) => checkedParam(ctx, 'id', z.string().min(1).max(36));

export function knowledgeRoutes(articles: KnowledgeArticles, search: KnowledgeSearch): RouteSpec[] {
  const step = (name: 'submit' | 'publish' | 'reject', summary: string, access: readonly string[]) =>
    route({
      method: 'post',
      path: `/knowledge/articles/:id/${name}`,
      summary,
      access: access as typeof ACCESS.knowledge.write,
      body: knowledgeReviewBody,
      response: knowledgeArticleAnswer,
      audit: 'service',
      handler: (ctx, body) => articles.step(id(ctx), name, body.note, currentUser(ctx), authorOf(ctx)),
    });
  return [
    route({ method: 'get', path: '/knowledge/search', summary: '知识库 search: published articles in force, best first, with the words to highlight', access: ACCESS.knowledge.read, query: knowledgeSearchQuery, response: knowledgeSearchAnswer, handler: async (_ctx, _b, q) => ({ hits: await search.search(q.q, { category: q.category, areaPath: q.area, limit: q.limit }) }) }),
    route({ method: 'get', path: '/knowledge/articles', summary: 'Articles, newest change first (status, in review, drafts: everyone’s or mine, category; paged)', access: ACCESS.knowledge.read, query: knowledgeListQuery, response: knowledgeListAnswer, handler: async (ctx, _b, q) => ({ ...(await articles.list(q, currentUser(ctx).id)), page: q.page, pageSize: q.pageSize }) }),
    route({
      method: 'post',
      path: '/knowledge/articles',
      summary: 'A new article, as a draft (its body sanitised)',
      access: ACCESS.knowledge.write,
      body: knowledgeArticleBody,
      response: knowledgeArticleAnswer,
      audit: 'service',
      handler: async (ctx, body) => {
        ctx.status = 201;
        return articles.create(body, currentUser(ctx), authorOf(ctx));
      },
    }),
    route({ method: 'get', path: '/knowledge/articles/:id', summary: 'An article: its published version and its newest one', access: ACCESS.knowledge.read, response: knowledgeArticleAnswer, handler: (ctx) => articles.get(id(ctx)) }),
    route({ method: 'get', path: '/knowledge/articles/:id/versions', summary: 'Every version of an article, newest first', access: ACCESS.knowledge.read, response: z.object({ versions: z.array(knowledgeVersionView) }), handler: async (ctx) => ({ versions: await articles.history(id(ctx)) }) }),
    route({ method: 'put', path: '/knowledge/articles/:id/draft', summary: 'Save the draft (a published article gets a new draft; the published version stays live)', access: ACCESS.knowledge.write, body: knowledgeArticleBody, response: knowledgeArticleAnswer, audit: 'service', handler: (ctx, body) => articles.saveDraft(id(ctx), body, currentUser(ctx), authorOf(ctx)) }),
    step('submit', 'Send the draft to review', ACCESS.knowledge.write),
    step('publish', 'Publish the version in review (a reviewer other than its author); the version before is kept, superseded', ACCESS.knowledge.review),
    step('reject', 'Send the version in review back to its author with a note', ACCESS.knowledge.review),
    route({ method: 'post', path: '/knowledge/articles/:id/withdraw', summary: 'Withdraw a published article from the search (publishing a version again brings it back)', access: ACCESS.knowledge.review, body: knowledgeReviewBody, response: knowledgeArticleAnswer, audit: 'service', handler: (ctx, body) => articles.withdraw(id(ctx), body.note, authorOf(ctx)) }),
  ];
}
