import { Browser } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { ApiClient, eventually } from '../../engine/test/support/api-client';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { chain, uniqueProcessId, userTask } from '../../engine/test/support/operaton-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';

const FORM_KEY = 'kb-consult';
const PASSWORD = 'password-123';
const SHORT_ANSWER = '80周岁以上老人可到户籍所在社区申领高龄津贴，带身份证和户口本，次月起按月发放。';
type Outbox = { messages: { caseId: string | null; phone: string; content: string; source: string | null }[] };

/** 知识库 on a task form: an agent sees the article suggested from the case and texts its short answer to the caller. */
describe('the knowledge widget on a task form in Chromium', () => {
  const http = { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 };
  const fx = useTestEngine(() => testDatabases()[0].create(), { http });
  let browser: Browser;
  let articleId: string;
  let caseId: string;
  let taskId: string;

  const user = async (username: string, roles: string[], groups: string[] = []) => {
    expect((await fx.admin.post('/api/users', { username, password: PASSWORD, displayName: username, roles, ...(groups.length ? { groups } : {}) })).status).toBe(201);
    const client = new ApiClient(fx.running.url);
    await client.login(username, PASSWORD);
    return client;
  };

  beforeAll(async () => {
    // The article, written by an author and published by a reviewer, as the 知识库 works.
    const author = await user('kb_author', ['knowledge_author']);
    const reviewer = await user('kb_reviewer', ['knowledge_reviewer']);
    await user('kb_agent', ['agent'], ['hotline']);
    const written = await author.post<{ article: { id: string } }>('/api/knowledge/articles', {
      title: '高龄津贴申领办法', body: '<p>高龄津贴由户籍所在社区受理，审核后次月起按月发放。</p>', category: 'social_assistance', keywords: ['高龄津贴', '申领'], shortAnswer: SHORT_ANSWER,
    });
    expect(written.status).toBe(201);
    articleId = written.body.article.id;
    expect((await author.post(`/api/knowledge/articles/${articleId}/submit`, {})).status).toBe(200);
    expect((await reviewer.post(`/api/knowledge/articles/${articleId}/publish`, {})).status).toBe(200);

    // A consultation whose task form has the question and the widget; the caller's number is on the case.
    const schema = {
      type: 'object',
      properties: {
        // Read-only, so the form starts with the question the case was opened with.
        question: { type: 'string', title: '咨询内容', 'x-decorator': 'FormItem', 'x-component': 'Input.TextArea', 'x-pattern': 'readPretty' },
        // An array field (the designer's is void, value-less): its value is the ids of the articles used on the case.
        knowledge: { type: 'array', title: '知识库', 'x-decorator': 'FormItem', 'x-component': 'KnowledgeAnswer' },
      },
    };
    expect((await fx.admin.post('/api/forms', { key: FORM_KEY, title: '政策咨询答复', schema })).status).toBe(201);
    expect((await fx.admin.post('/api/service-types', { key: 'kb_consult', names: { 'zh-CN': '政策咨询', en: 'Policy question' }, category: 'care' })).status).toBe(201);
    const bpmnXml = chain(uniqueProcessId('kb_consult'), [{ id: 'answer', xml: userTask('answer', FORM_KEY, 'hotline', '答复咨询') }]);
    expect((await fx.admin.post('/api/service-types/kb_consult/versions', { bpmnXml, settings: { priority: 'normal', channels: ['phone'], startRoles: ['admin'] } })).status).toBe(201);
    expect((await fx.admin.post('/api/service-types/kb_consult/publish', { version: 1 })).status).toBe(200);
    const opened = await fx.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'kb_consult', channel: 'phone', variables: { question: '老人问高龄津贴怎么申领', callerPhone: '13805312345' } });
    expect(opened.status).toBe(201);
    caseId = opened.body.case.id;
    taskId = (await eventually(async () => (await fx.admin.get<{ tasks: { id: string }[] }>(`/api/tasks?view=all&caseId=${caseId}`)).body.tasks[0], 30_000, 'the answer task')).id;
    browser = await launchChromium(fx.running.config.http.webDist);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('given a published article and a consultation task, when the agent sends the suggested article by SMS, then the short answer is queued for the case, the article is used on the case, and the widget shows 已采用', async () => {
    const page = await signIn(browser, fx.running.url, 'kb_agent', PASSWORD);
    await page.goto(`${fx.running.url}/tasks/${taskId}`);
    await page.getByTestId('task-claim').click();
    await page.getByTestId('task-mine').waitFor();

    // Suggested from the case's text on opening, with the matched words marked.
    const widget = page.getByTestId('knowledge-widget');
    const hit = widget.locator(`[data-testid="knowledge-hit"][data-article-id="${articleId}"]`);
    await hit.waitFor();
    await expect(hit.getByTestId('knowledge-hit-title').locator('mark').first().textContent()).resolves.toBeTruthy();
    await expect(hit.getByTestId('knowledge-hit-answer').textContent()).resolves.toContain(SHORT_ANSWER);
    await expect(hit.getByTestId('knowledge-hit-open').getAttribute('href')).resolves.toBe(`/knowledge/articles/${articleId}`);

    // 短信发送: the caller's number is filled in; confirmed, the text goes out.
    await hit.getByTestId('knowledge-sms').click();
    const phone = page.getByTestId('knowledge-sms-form').locator('input');
    await expect(phone.inputValue()).resolves.toBe('13805312345');
    await page.getByTestId('knowledge-sms-send').click();
    await hit.getByTestId('knowledge-hit-adopted').waitFor();
    await widget.getByTestId('knowledge-used').getByText('高龄津贴申领办法').waitFor();
    expect(await hit.getByTestId('knowledge-adopt').count()).toBe(0);

    const outbox = (await fx.admin.get<Outbox>(`/api/sms?caseId=${caseId}`)).body.messages;
    expect(outbox).toEqual([expect.objectContaining({ caseId, phone: '13805312345', content: `【养老服务热线】${SHORT_ANSWER}`, source: 'knowledge.sms' })]);
    const used = (await fx.admin.get<{ uses: { articleId: string }[] }>(`/api/cases/${caseId}/knowledge`)).body.uses;
    expect(used.map((u) => u.articleId)).toEqual([articleId]);

    // The widget's value is what the process sees of it: the article ids used on the case.
    await page.getByTestId('task-draft').click();
    const draft = await eventually(async () => (await fx.admin.get<{ task: { draft: Record<string, unknown> | null } }>(`/api/tasks/${taskId}`)).body.task.draft ?? undefined, 10_000, 'the draft');
    expect(draft.knowledge).toEqual([articleId]);

    // The case's timeline beside the form says it was texted (once the side panel reads it again).
    await page.reload();
    await page.getByTestId('task-timeline').getByTestId('timeline-knowledge.sms_sent').waitFor();
    await expect(page.getByTestId('task-timeline').getByTestId('timeline-knowledge.sms_sent').textContent()).resolves.toContain('138****2345');
    await widget.locator(`[data-testid="knowledge-hit"][data-article-id="${articleId}"]`).getByTestId('knowledge-hit-adopted').waitFor();
  });

  it('given the shipped 政策咨询, when the agent answers a caller from the suggested article, texts it and resolves it on the call, then the case closes as resolved on first contact with the article on it', async () => {
    const opened = await fx.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'policy-consultation', channel: 'phone', variables: { question: '高龄津贴咋申领', callerPhone: '13805319876', returnVisitPercent: 0 } });
    expect(opened.status).toBe(201);
    const consultation = opened.body.case.id;
    const answerTask = await eventually(async () => (await fx.admin.get<{ tasks: { id: string; elementId: string }[] }>(`/api/tasks?view=all&caseId=${consultation}`)).body.tasks.find((t) => t.elementId === 'answer'), 30_000, 'the answer task');
    const page = await signIn(browser, fx.running.url, 'kb_agent', PASSWORD);
    await page.goto(`${fx.running.url}/tasks/${answerTask.id}`);
    await page.getByTestId('task-claim').click();
    await page.getByTestId('task-mine').waitFor();

    const hit = page.getByTestId('knowledge-widget').locator(`[data-testid="knowledge-hit"][data-article-id="${articleId}"]`);
    await hit.waitFor();
    await hit.getByTestId('knowledge-sms').click();
    await expect(page.getByTestId('knowledge-sms-form').locator('input').inputValue()).resolves.toBe('13805319876');
    await page.getByTestId('knowledge-sms-send').click();
    await hit.getByTestId('knowledge-hit-adopted').waitFor();

    const form = page.getByTestId('task-form');
    await form.locator('textarea').last().fill('已告知到社区申领，带身份证和户口本。');
    await form.getByText('已当场解答', { exact: true }).click();
    await page.getByTestId('task-submit').click();
    await page.getByTestId('task-completed').waitFor({ timeout: 30_000 });

    const closed = await eventually(async () => {
      const { case: c } = (await fx.admin.get<{ case: { status: string; firstContactResolved: boolean | null } }>(`/api/cases/${consultation}`)).body;
      return c.status === 'closed' ? c : undefined;
    }, 60_000, 'the consultation closed');
    expect(closed.firstContactResolved).toBe(true);
    const texts = (await fx.admin.get<Outbox>(`/api/sms?caseId=${consultation}`)).body.messages;
    expect(texts).toEqual([expect.objectContaining({ phone: '13805319876', content: `【养老服务热线】${SHORT_ANSWER}`, source: 'knowledge.sms' })]);
    expect((await fx.admin.get<{ uses: { articleId: string }[] }>(`/api/cases/${consultation}/knowledge`)).body.uses.map((u) => u.articleId)).toEqual([articleId]);
  });
});
