import { Browser, Page } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { eventually } from '../../engine/test/support/api-client';
import { chain, uniqueProcessId, userTask } from '../../engine/test/support/operaton-fixtures';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { TEST_ADMIN_PASSWORD, useTestEngine } from '../../engine/test/support/test-engine';

type Opened = { case: { id: string; caseNumber: string } };
type CaseAnswer = { case: { status: string; cancelReason: string | null }; timeline: { type: string; data: Record<string, unknown> | null }[] };

/** 工单 in Chromium: the list and its filters, a case's detail, 催办 and 取消 with their modals. */
describe('the cases pages in Chromium', () => {
  // WEB_DIST names a build of its own (parallel builds would clash over web/dist).
  const http = { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 };
  const fx = useTestEngine(() => testDatabases()[0].create(), { http });
  let browser: Browser;
  let page: Page;
  const opened: Opened['case'][] = [];

  beforeAll(async () => {
    await fx.admin.post('/api/forms', { key: 'visit-note', title: '回访记录', schema: { type: 'object', properties: { note: { type: 'string', title: '记录' } } } });
    expect((await fx.admin.post('/api/service-types', { key: 'home-visit', names: { 'zh-CN': '上门探访', en: 'Home visit' }, category: 'care' })).status).toBe(201);
    const bpmnXml = chain(uniqueProcessId('visit'), [{ id: 'visit', xml: userTask('visit', 'visit-note', 'hotline', '上门探访') }]);
    expect((await fx.admin.post('/api/service-types/home-visit/versions', { bpmnXml, settings: { priority: 'normal', channels: ['phone', 'web'], startRoles: ['admin'] } })).status).toBe(201);
    expect((await fx.admin.post('/api/service-types/home-visit/publish', { version: 1 })).status).toBe(200);
    for (const channel of ['phone', 'phone', 'web']) {
      const answer = await fx.admin.post<Opened>('/api/cases', { serviceType: 'home-visit', channel });
      expect(answer.status).toBe(201);
      opened.push(answer.body.case);
    }
    browser = await launchChromium(fx.running.config.http.webDist);
    page = await signIn(browser, fx.running.url, 'admin', TEST_ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const rows = () => page.getByTestId('case-table').locator('tbody tr.ant-table-row');

  it('given three cases, when the list is filtered by channel and then by number, then only the matching cases are listed', async () => {
    await page.getByRole('menuitem', { name: /(^|\s)工单$/ }).click();
    await page.waitForURL(/\/cases$/);
    for (const c of opened) await rows().filter({ hasText: c.caseNumber }).waitFor();
    await expect(rows().count()).resolves.toBe(3);
    await expect(rows().first().textContent()).resolves.toContain('上门探访');

    await page.locator('#case-filter-channel').click({ force: true });
    await page.locator('.ant-select-dropdown:visible').getByTitle('网页', { exact: true }).click();
    await page.getByTestId('case-search').click();
    await page.waitForURL(/channel=web/);
    await eventually(async () => ((await rows().count()) === 1 ? true : undefined), 10_000, 'one web case');
    await rows().filter({ hasText: opened[2].caseNumber }).waitFor();

    // Filters live in the URL: a reload keeps them; the number filter narrows to one case.
    await page.goto(`${fx.running.url}/cases?caseNumber=${opened[0].caseNumber}`);
    await rows().filter({ hasText: opened[0].caseNumber }).waitFor();
    await expect(rows().count()).resolves.toBe(1);
    // A date range that ends before today finds nothing.
    await page.goto(`${fx.running.url}/cases?to=2020-01-01`);
    await page.getByTestId('case-table').getByText('暂无数据').or(page.getByTestId('case-table').locator('.ant-empty')).first().waitFor();
    await expect(rows().count()).resolves.toBe(0);
  });

  it('given an open case, when it is urged and then canceled through the modals, then its timeline and status show both and the engine stored them', async () => {
    const target = opened[1];
    await page.goto(`${fx.running.url}/cases`);
    await rows().filter({ hasText: target.caseNumber }).getByRole('link', { name: target.caseNumber }).click();
    await page.waitForURL(new RegExp(`/cases/${target.id}$`));
    await page.getByTestId('case-number').getByText(target.caseNumber).waitFor();
    await page.getByTestId('case-status').getByText('办理中').waitFor();
    await page.getByTestId('case-timeline').getByText('受理开单').waitFor();
    // The task appears live once the process reaches it, with the timeline's 步骤开始 (from the engine's history).
    await page.getByTestId('case-tasks').getByRole('link', { name: '上门探访' }).waitFor({ timeout: 30_000 });
    await page.getByTestId('timeline-step.started').getByText('上门探访').waitFor();
    await expect(page.getByTestId('case-timeline').getByText('步骤开始').count()).resolves.toBe(1);

    await page.getByTestId('case-urge').click();
    await page.click('#case-action-ok');
    await page.locator('.ant-form-item-explain-error', { hasText: '必填' }).waitFor(); // empty text is refused in the form
    await page.fill('#case-action-text', '家属来电催促，请尽快上门');
    await page.click('#case-action-ok');
    await page.getByTestId('timeline-case.urged').getByText('家属来电催促，请尽快上门').waitFor();
    await page.getByTestId('timeline-case.urged').getByText('催办').waitFor();

    await page.getByTestId('case-cancel').click();
    await page.fill('#case-action-text', '老人已由家属接走');
    await page.click('#case-action-ok');
    await page.getByTestId('case-status').getByText('已取消').waitFor();
    await page.getByTestId('case-cancel-reason').getByText('老人已由家属接走').waitFor();
    await page.getByTestId('timeline-case.canceled').waitFor();
    // A canceled case offers no more actions.
    await expect(page.getByTestId('case-urge').count()).resolves.toBe(0);

    const stored = (await fx.admin.get<CaseAnswer>(`/api/cases/${target.id}`)).body;
    expect(stored.case).toMatchObject({ status: 'canceled', cancelReason: '老人已由家属接走' });
    expect(stored.timeline.filter((e) => e.type === 'case.urged').map((e) => e.data?.text)).toEqual(['家属来电催促，请尽快上门']);
  });

  it('given three cases, when a part of a number is searched, the service type is picked by typing, and the number column is sorted, then the engine’s answer is listed in that order with dates as YYYY-MM-DD HH:mm', async () => {
    await page.goto(`${fx.running.url}/cases`);
    await rows().first().waitFor();
    await page.fill('#case-filter-number', opened[1].caseNumber.slice(-4));
    await page.getByTestId('case-search').click();
    await page.waitForURL(/caseNumber=/);
    await eventually(async () => ((await rows().count()) === 1 ? true : undefined), 10_000, 'one case by part of its number');
    await rows().filter({ hasText: opened[1].caseNumber }).waitFor();

    await page.goto(`${fx.running.url}/cases`);
    await page.locator('#case-filter-type').click({ force: true });
    await page.keyboard.type('探访');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '上门探访' }).click();
    await page.getByTestId('case-search').click();
    await page.waitForURL(/serviceType=home-visit/);
    await eventually(async () => ((await rows().count()) === 3 ? true : undefined), 10_000, 'three cases of the type');

    await page.getByTestId('case-table').locator('th', { hasText: '工单编号' }).click();
    await page.waitForURL(/sort=caseNumber&order=asc/);
    const sorted = opened.map((c) => c.caseNumber).sort();
    await eventually(async () => ((await rows().first().textContent())?.includes(sorted[0]) ? true : undefined), 10_000, 'the smallest number first');
    await page.getByTestId('case-table').locator('th', { hasText: '工单编号' }).click();
    await page.waitForURL(/order=desc/);
    await eventually(async () => ((await rows().first().textContent())?.includes(sorted[2]) ? true : undefined), 10_000, 'the largest number first');
    const cells = await rows().first().locator('td').allTextContents();
    expect(cells.some((cell) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(cell))).toBe(true);
  });
});
