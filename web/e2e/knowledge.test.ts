import { Browser, Page } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { ApiClient } from '../../engine/test/support/api-client';
import { chooseOption, launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { userOf } from '../../engine/test/support/provider-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';

type Version = { version: number; status: string; body: string; shortAnswer: string; reviewNote: string | null };
type Answer = { article: { id: string; status: string; publishedVersion: number | null; latestStatus: string; useful: number; notUseful: number }; published: Version | null; latest: Version };
type Hits = { hits: { id: string; title: string; matched: string[] }[] };

const PASSWORD = 'password-123';
const TITLE = '高龄津贴申领条件和发放时间';
const SHORT_ANSWER = '80周岁以上老年人每月可领高龄津贴，每月15日前发放到社保卡。';
const QUESTION = '老人高龄津贴每个月几号发放';

/** 知识库 in Chromium: an author writes, a reviewer publishes or sends back, an agent finds the answer and rates it. */
describe('knowledge base pages in Chromium', () => {
  // WEB_DIST names a build of its own (parallel builds would clash over web/dist); test engines read no env.
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 } }, []);
  let browser: Browser;
  let author: ApiClient;
  let agent: ApiClient;
  let articleId: string;

  beforeAll(async () => {
    author = await userOf(fx, 'kb_author', ['knowledge_author']);
    await userOf(fx, 'kb_reviewer', ['knowledge_reviewer']);
    agent = await userOf(fx, 'kb_agent', ['agent']);
    browser = await launchChromium(fx.running.config.http.webDist);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const article = async (id: string) => (await agent.get<Answer>(`/api/knowledge/articles/${id}`)).body;
  const idFromUrl = (page: Page) => /\/knowledge\/articles\/([^/?]+)/.exec(page.url())![1];

  it('given an author, when they write an article with bold text and submit it, then a draft with the bold body is in review', async () => {
    const page = await signIn(browser, fx.running.url, 'kb_author', PASSWORD);
    // Authors land on the 知识库.
    await page.waitForURL(/\/knowledge$/);
    await page.getByTestId('knowledge-new').click();
    await page.fill('#knowledgeArticle_title', TITLE);
    await chooseOption(page, 'knowledgeArticle_category', '养老服务');
    await page.getByTestId('knowledge-subcategory').fill('allowance');
    await page.fill('#knowledgeArticle_keywords', '高龄津贴');
    await page.press('#knowledgeArticle_keywords', 'Enter');
    await page.fill('#knowledgeArticle_shortAnswer', SHORT_ANSWER);
    await expect(page.locator('.ant-form-item:has(#knowledgeArticle_shortAnswer) .ant-input-data-count').innerText()).resolves.toBe(`${SHORT_ANSWER.length} / 300`);
    const body = page.getByTestId('knowledge-body-editor');
    await body.click();
    await page.keyboard.type('80周岁以上老年人按月领取高龄津贴，');
    await page.getByRole('button', { name: '加粗' }).click();
    await page.keyboard.type('每月15日前');
    await page.getByRole('button', { name: '加粗' }).click();
    await page.keyboard.type('发放到社保卡。');
    await page.getByTestId('knowledge-save').click();
    // Saved: the editor at /new gives way to the article's own page.
    await page.waitForURL(/\/knowledge\/articles\/(?!new$)[^/]+$/);
    articleId = idFromUrl(page);
    expect((await article(articleId)).latest).toMatchObject({ status: 'draft', shortAnswer: SHORT_ANSWER, body: '<p>80周岁以上老年人按月领取高龄津贴，<strong>每月15日前</strong>发放到社保卡。</p>' });
    await expect(page.getByTestId('knowledge-body').locator('strong').innerText()).resolves.toBe('每月15日前');

    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByRole('button', { name: '提交审核' }).waitFor({ state: 'detached' });
    expect((await article(articleId)).article.latestStatus).toBe('review');
    await page.context().close();
  });

  it('given the article in review, when the reviewer opens 待审核 and publishes it, then it is published', async () => {
    const page = await signIn(browser, fx.running.url, 'kb_reviewer', PASSWORD);
    await page.waitForURL(/\/knowledge$/);
    await page.getByRole('tab', { name: '待审核' }).click();
    await page.getByTestId('knowledge-list-review').getByRole('link', { name: TITLE }).click();
    await page.getByTestId('knowledge-publish').click();
    await page.getByTestId('knowledge-publish').waitFor({ state: 'detached' });
    await page.locator('.ant-tag', { hasText: '已发布' }).first().waitFor();
    expect((await article(articleId)).article).toMatchObject({ status: 'published', publishedVersion: 1 });
    await page.context().close();
  });

  it('given the published article, when an agent asks in their own words, then it is found with the matched words marked, and marked useful', async () => {
    const [hit] = (await agent.get<Hits>(`/api/knowledge/search?q=${encodeURIComponent(QUESTION)}`)).body.hits;
    expect(hit).toMatchObject({ id: articleId, title: TITLE });

    const page = await signIn(browser, fx.running.url, 'kb_agent', PASSWORD);
    await page.getByRole('menuitem', { name: '知识库' }).click();
    await page.waitForURL(/\/knowledge$/);
    const box = page.getByPlaceholder('输入来电人的问题', { exact: false });
    await box.fill(QUESTION);
    await box.press('Enter');
    const title = page.getByTestId('knowledge-hit-title').first();
    await title.waitFor();
    expect(await title.innerText()).toBe(TITLE);
    const marked = await title.locator('mark').allInnerTexts();
    expect(marked.length).toBeGreaterThan(0);
    expect(hit.matched).toEqual(expect.arrayContaining(marked.map((m) => m.toLowerCase())));
    await expect(page.getByTestId('knowledge-hits').innerText()).resolves.toContain(SHORT_ANSWER);

    await title.click();
    await page.waitForURL(new RegExp(`/knowledge/articles/${articleId}$`));
    await expect(page.getByTestId('knowledge-body').locator('strong').innerText()).resolves.toBe('每月15日前');
    await page.getByTestId('knowledge-rating').getByRole('button', { name: /有用 0/ }).click();
    await page.getByTestId('knowledge-rating').getByRole('button', { name: /有用 1/ }).waitFor();
    expect((await article(articleId)).article).toMatchObject({ useful: 1, notUseful: 0 });
    await page.context().close();
  });

  it('given a new version in review, when the reviewer sends it back with a note, then the author sees the note and the published version stays live', async () => {
    const current = (await article(articleId)).latest;
    const edited = await author.request<Answer>('PUT', `/api/knowledge/articles/${articleId}/draft`, { title: TITLE, body: current.body, category: 'elder_care/allowance', shortAnswer: '每月15日前发放。' });
    expect(edited.body.latest).toMatchObject({ version: 2, status: 'draft' });
    expect((await author.post(`/api/knowledge/articles/${articleId}/submit`, {})).status).toBe(200);

    const page = await signIn(browser, fx.running.url, 'kb_reviewer', PASSWORD);
    await page.goto(`${fx.running.url}/knowledge/articles/${articleId}`);
    // The published version shows first; the one in review is a click away.
    await page.getByRole('alert').filter({ hasText: '第 2 版待审核' }).getByRole('button', { name: /查\s*看/ }).click();
    await page.waitForURL(/version=2$/);
    await page.getByTestId('knowledge-short-answer').filter({ hasText: /^每月15日前发放。$/ }).waitFor();
    await page.getByRole('button', { name: /^退\s*回$/ }).click();
    await page.locator('.ant-modal').getByRole('button', { name: /退\s*回/ }).click();
    await page.locator('.ant-form-item:has(#knowledgeReject_note) .ant-form-item-explain-error').waitFor();
    await page.fill('#knowledgeReject_note', '请写明申领所需材料');
    await page.locator('.ant-modal').getByRole('button', { name: /退\s*回/ }).click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    const after = await article(articleId);
    expect(after.latest).toMatchObject({ version: 2, status: 'draft', reviewNote: '请写明申领所需材料' });
    expect(after.published).toMatchObject({ version: 1, shortAnswer: SHORT_ANSWER });
    await page.context().close();

    const own = await signIn(browser, fx.running.url, 'kb_author', PASSWORD);
    await own.goto(`${fx.running.url}/knowledge?tab=drafts`);
    await own.getByTestId('knowledge-list-drafts').getByRole('link', { name: TITLE }).click();
    await expect(own.getByTestId('knowledge-pending-note').innerText()).resolves.toContain('请写明申领所需材料');
    await own.context().close();
  });

  it('given a busy machine whose frames come late, when the author types straight after pressing 加粗, then every character stays where it was typed', async () => {
    const page = await signIn(browser, fx.running.url, 'kb_author', PASSWORD);
    await page.goto(`${fx.running.url}/knowledge/articles/new`);
    const body = page.getByTestId('knowledge-body-editor');
    const typed: string[] = [];
    // Frames held back by a few ms each: the caret used to jump back behind the first character after 加粗.
    for (const lateBy of [3, 10, 15, 17, 25]) {
      await page.evaluate(`(() => {
        window.heldFrame ??= window.requestAnimationFrame.bind(window);
        window.requestAnimationFrame = (callback) => window.setTimeout(() => window.heldFrame(callback), ${lateBy});
      })()`);
      await body.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type('甲乙，');
      await page.getByRole('button', { name: '加粗' }).click();
      await page.keyboard.type('丙丁');
      await page.getByRole('button', { name: '加粗' }).click();
      await page.keyboard.type('戊己庚。');
      typed.push(await body.innerHTML());
    }
    expect(typed).toEqual(Array(5).fill('<p>甲乙，<strong>丙丁</strong>戊己庚。</p>'));
    await page.context().close();
  });
});
