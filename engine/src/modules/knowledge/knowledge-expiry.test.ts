import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { userOf } from '../../../test/support/provider-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { dateIn } from '../dispatches/rules';
import { knowledgeModule } from './index';

type Notice = { title: string; body: string; level: string };
const DAY_MS = 24 * 3600_000;

/** 到期提醒: the author hears of an article about to expire, once per expiry date, before agents meet the warning. */
describe.each(testDatabases())('knowledge expiry reminders on $name', ({ create, name }) => {
  const engine = useTestEngine(create);
  let author: ApiClient;
  let otherAuthor: ApiClient;
  let reviewer: ApiClient;
  const reminder = () => engine.running.engine.given(knowledgeModule).reminder;
  const inDays = (days: number) => dateIn('Asia/Shanghai', new Date(Date.now() + days * DAY_MS));
  const notices = async (who: ApiClient) => (await who.get<{ notifications: Notice[] }>('/api/notifications')).body.notifications.filter((n) => n.title.startsWith('知识即将到期'));

  beforeAll(async () => {
    author = await userOf(engine, `expiry_author_${name}`, ['knowledge_author']);
    otherAuthor = await userOf(engine, `expiry_author2_${name}`, ['knowledge_author', 'agent']);
    reviewer = await userOf(engine, `expiry_reviewer_${name}`, ['knowledge_reviewer']);
  });

  const published = async (title: string, expiresOn: string) => {
    const { article } = (await author.post<{ article: { id: string } }>('/api/knowledge/articles', { title, body: '<p>正文</p>', category: 'elder_care', shortAnswer: '简要答复', expiresOn })).body;
    await author.post(`/api/knowledge/articles/${article.id}/submit`, {});
    expect((await reviewer.post(`/api/knowledge/articles/${article.id}/publish`, {})).status).toBe(200);
    return article.id;
  };

  it('given one article expiring in 10 days and one in 60, when the reminder runs twice, then only its author is told once about the first', async () => {
    await published(`护理补贴政策（${name}）`, inDays(10));
    await published(`助餐补贴政策（${name}）`, inDays(60));

    expect(await reminder().runOnce()).toBe(1);
    expect(await reminder().runOnce()).toBe(0);

    const told = await notices(author);
    expect(told).toEqual([expect.objectContaining({ title: `知识即将到期：护理补贴政策（${name}）`, level: 'warning' })]);
    expect(told[0].body).toContain(inDays(10));
    expect(await notices(otherAuthor)).toEqual([]);
    expect(await notices(reviewer)).toEqual([]);
  });
});
