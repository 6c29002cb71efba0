import { Browser, Page } from 'playwright-core';
import { eventually } from '../../engine/test/support/api-client';
import { chain, uniqueProcessId, userTask } from '../../engine/test/support/operaton-fixtures';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { JINAN_AREAS, WANG_XIUYING } from '../../engine/test/support/registry-fixtures';
import { useTestEngine, TEST_ADMIN_PASSWORD } from '../../engine/test/support/test-engine';

const FORM_KEY = 'widget-visit';
type TaskAnswer = { task: { status: string; draft: Record<string, unknown> | null; result: Record<string, unknown> | null } };

const field = (title: string, component: string, props?: Record<string, unknown>) => ({
  type: 'string', title, 'x-decorator': 'FormItem', 'x-component': component, ...(props ? { 'x-component-props': props } : {}),
});

/** The domain widgets (elder, area, dictionary, satisfaction) used in a task form as an agent would. */
describe('domain widgets in Chromium', () => {
  const fx = useTestEngine(() => testDatabases()[0].create());
  let browser: Browser;
  let page: Page;
  let elderId: string;
  let taskId: string;

  beforeAll(async () => {
    for (const area of JINAN_AREAS) expect((await fx.admin.post('/api/areas', area)).status).toBe(201);
    const elder = await fx.admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING);
    expect(elder.status).toBe(201);
    elderId = elder.body.elder.id;

    const schema = {
      type: 'object',
      properties: {
        elder: field('老人', 'ElderPicker'),
        area: field('所在社区', 'AreaPicker'),
        relation: field('来电人关系', 'DictionarySelect', { dictionary: 'relation_type' }),
        satisfaction: field('满意度', 'SatisfactionRate'),
      },
    };
    expect((await fx.admin.post('/api/forms', { key: FORM_KEY, title: '组件回访', schema })).status).toBe(201);
    expect((await fx.admin.post('/api/service-types', { key: 'widget_visit', names: { 'zh-CN': '组件回访', en: 'Widget visit' }, category: 'care' })).status).toBe(201);
    const bpmnXml = chain(uniqueProcessId('widget_visit'), [{ id: 'report', xml: userTask('report', FORM_KEY) }]);
    expect((await fx.admin.post('/api/service-types/widget_visit/versions', { bpmnXml, settings: { priority: 'normal', channels: ['phone'], startRoles: ['admin'] } })).status).toBe(201);
    expect((await fx.admin.post('/api/service-types/widget_visit/publish', { version: 1 })).status).toBe(200);
    const opened = await fx.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'widget_visit', channel: 'phone' });
    expect(opened.status).toBe(201);
    taskId = (await eventually(async () => (await fx.admin.get<{ tasks: { id: string }[] }>(`/api/tasks?view=all&caseId=${opened.body.case.id}`)).body.tasks[0], 30_000, 'the report task')).id;

    browser = await launchChromium(fx.running.config.http.webDist);
    page = await signIn(browser, fx.running.url, 'admin', TEST_ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const item = (label: string) => page.getByTestId('task-form').locator('.ant-formily-item', { has: page.locator(`label:text-is("${label}")`) });
  const dropdown = () => page.locator('.ant-select-dropdown:visible');

  it('given a task form with the four domain widgets, when an elder, a community, a relation and a rating are picked, then the task completes with their id and codes', async () => {
    await page.goto(`${fx.running.url}/tasks/${taskId}`);
    await page.getByTestId('task-claim').click();
    await page.getByTestId('task-mine').waitFor();

    // The elder, found by part of the name, and by pinyin initials (王秀英 → wxy).
    await item('老人').locator('input').fill('王秀');
    await dropdown().getByText('王秀英').waitFor();
    await item('老人').locator('input').fill('wxy');
    await dropdown().getByText('王秀英').click();
    await expect(item('老人').locator('.ant-select-selection-item').textContent()).resolves.toContain('王秀英');

    // The community, searched by name in the area tree.
    await item('所在社区').locator('input').fill('燕子山');
    await dropdown().locator('.ant-select-tree-node-content-wrapper', { hasText: '燕子山社区' }).click();
    await expect(item('所在社区').locator('.ant-select-selection-item').textContent()).resolves.toBe('燕子山社区');

    // The relation from the dictionary, searched by its label.
    await item('来电人关系').locator('input').fill('女');
    await dropdown().getByTitle('女儿', { exact: true }).click();
    await expect(item('来电人关系').locator('.ant-select-selection-item').textContent()).resolves.toBe('女儿');

    // Five stars, one per option, worst first: three stars is 基本满意, then four is 满意.
    const stars = item('满意度').locator('.ant-rate-star');
    await expect(stars.count()).resolves.toBe(5);
    await stars.nth(2).click();
    await item('满意度').getByText('基本满意', { exact: true }).waitFor();
    await stars.nth(3).click();
    await item('满意度').getByText('满意', { exact: true }).waitFor();
    await expect(item('满意度').locator('.ant-rate-star-full').count()).resolves.toBe(4);

    // Saved as a draft and reloaded, each widget shows its choice by name again, not by id or code.
    await page.getByTestId('task-draft').click();
    await eventually(async () => (await fx.admin.get<TaskAnswer>(`/api/tasks/${taskId}`)).body.task.draft ?? undefined, 10_000, 'the draft');
    expect((await fx.admin.get<TaskAnswer>(`/api/tasks/${taskId}`)).body.task.draft).toEqual({ elder: elderId, area: '370102001002', relation: 'daughter', satisfaction: 'satisfied' });
    await page.reload();
    await item('老人').locator('.ant-select-selection-item').getByText('王秀英').waitFor();
    await expect(item('所在社区').locator('.ant-select-selection-item').textContent()).resolves.toBe('燕子山社区');
    await expect(item('来电人关系').locator('.ant-select-selection-item').textContent()).resolves.toBe('女儿');
    await expect(item('满意度').locator('.ant-rate-star-full').count()).resolves.toBe(4);

    await page.getByTestId('task-submit').click();
    await page.getByTestId('task-completed').waitFor();
    const done = (await fx.admin.get<TaskAnswer>(`/api/tasks/${taskId}`)).body.task;
    expect(done.status).toBe('completed');
    expect(done.result).toEqual({ elder: elderId, area: '370102001002', relation: 'daughter', satisfaction: 'satisfied' });

    // Read back, the completed form shows names and labels rather than ids and codes (the elder's once fetched).
    await page.getByTestId('task-form').getByText('王秀英').first().waitFor();
    const shown = await page.getByTestId('task-form').textContent();
    for (const text of ['王秀英', '燕子山社区', '女儿', '满意']) expect(shown).toContain(text);
    expect(shown).not.toContain(elderId);
    expect(shown).not.toContain('370102001002');
  });
});
