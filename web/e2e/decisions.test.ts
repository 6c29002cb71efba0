import { Browser, Page } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { eventually } from '../../engine/test/support/api-client';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { caseReader } from '../../engine/test/support/emergency-fixtures';
import { userOf } from '../../engine/test/support/provider-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';
import { visibleText } from './leaks';

type DecisionAnswer = { version: { version: number; status: string }; versions: { version: number; status: string }[]; xml: string };
/** dmn-js's own words on a decision table (its head, hit policy, type and the add-rule row): none may show in zh-CN. */
const DMN_ENGLISH = ['Hit policy', 'Hit policy:', 'First', 'When', 'And', 'Then', 'Annotation', 'Annotations', 'Add rule', 'string', 'Input', 'Output', 'View DRD'];

/** 决策表 in Chromium: an analyst changes a routing row in dmn-js and publishes it; the next complaint follows it. */
describe('the decision table editor in Chromium', () => {
  const opened: string[] = [];
  // Before the engine's own afterAll (which stops it): hooks run in the order they are declared.
  afterAll(async () => {
    for (const id of opened) await engine.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  // The web app built where WEB_DIST says (web/dist by default).
  const config = loadEngineConfig({ WEB_DIST: process.env.WEB_DIST, LOG_LEVEL: 'silent' });
  const engine = useTestEngine(() => testDatabases()[0].create(), { http: { ...config.http, port: 0 }, env: config.env });
  const cases = caseReader(() => engine.admin);
  let browser: Browser;

  beforeAll(async () => {
    await eventually(async () => {
      const res = await engine.admin.get<DecisionAnswer>('/api/decisions/complaint-routing');
      return res.status === 200 && res.body.version.status === 'published' ? true : undefined;
    }, 60_000, 'the seeded complaint-routing table');
    await eventually(async () => {
      const type = await engine.admin.get<{ serviceType: { publishedVersion: number | null } }>('/api/service-types/complaint');
      return type.status === 200 && type.body.serviceType.publishedVersion !== null ? true : undefined;
    }, 60_000, 'the seeded complaint service type');
    await userOf(engine, 'dmn_analyst', ['analyst']);
    await userOf(engine, 'dmn_supervisor', ['supervisor']);
    browser = await launchChromium(engine.running.config.http.webDist);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const tableReady = (page: Page) => page.locator('[data-testid=decision-table][data-ready=true] .tjs-table').waitFor();
  /** The visible texts of the page that are exactly one of dmn-js's English words. */
  const dmnEnglishOn = async (page: Page) => {
    // Titles too (dmn-js explains the hit policy in one); a string: this package builds without the DOM's types.
    const titles = await page.evaluate<string[]>(`[...document.querySelectorAll('[title]')].map((el) => el.getAttribute('title').trim())`);
    return [...(await visibleText(page)), ...titles].filter((text) => DMN_ENGLISH.includes(text));
  };

  it('given an analyst, when they change the policy row’s group in the table and publish, then the next policy complaint goes to the new group', async () => {
    const page = await signIn(browser, engine.running.url, 'dmn_analyst', 'password-123');
    await page.getByRole('menuitem', { name: /(^|\s)决策表$/ }).click();
    await page.getByTestId('decision-list').getByText('投诉建议分派').click();
    await page.waitForURL(/\/studio\/decisions\/complaint-routing$/);
    await tableReady(page);

    // The table speaks zh-CN: dmn-js's head and hit policy are translated.
    const table = page.getByTestId('decision-table');
    await expect(table.locator('.hit-policy').textContent()).resolves.toContain('命中策略：首条命中');
    await expect(table.textContent()).resolves.toContain('当');
    expect(await dmnEnglishOn(page)).toEqual([]);
    await expect(page.textContent('body')).resolves.toContain('不改动流程本身');

    // Real typing in the output cell of the policy row.
    const cell = table.locator('td.output-cell [contenteditable]', { hasText: '"dept_assistance"' });
    await cell.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('"dept_affairs"');
    await page.getByTestId('decision-dirty').waitFor();

    // 发布 saves the change as v2 first, then publishes it.
    await page.getByTestId('decision-publish').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.locator('[data-testid=decision-version][data-version="2"][data-status=published]').waitFor();
    await page.locator('[data-testid=decision-version-1][data-status=superseded]').waitFor();
    expect(await page.getByTestId('decision-dirty').count()).toBe(0);
    const stored = (await engine.admin.get<DecisionAnswer>('/api/decisions/complaint-routing')).body;
    expect(stored.versions.map((v) => [v.version, v.status])).toEqual([[2, 'published'], [1, 'superseded']]);
    expect(stored.xml).toContain('"dept_affairs"');
    expect(stored.xml).not.toContain('"dept_assistance"');

    const res = await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'complaint', channel: 'phone', variables: { complaintKind: 'suggestion', complaintSubject: 'policy', description: '建议简化高龄津贴申请' } });
    expect(res.status).toBe(201);
    opened.push(res.body.case.id);
    expect((await cases.openTask(res.body.case.id, 'handle')).candidateGroups).toEqual(['dept_affairs']);
  });

  it('given a supervisor, when they open the table, then they read it in zh-CN and cannot change or publish it', async () => {
    const page = await signIn(browser, engine.running.url, 'dmn_supervisor', 'password-123');
    await page.getByRole('menuitem', { name: /(^|\s)决策表$/ }).click();
    await page.getByTestId('decision-list').getByText('投诉建议分派').click();
    await tableReady(page);
    await page.getByTestId('decision-read-only').waitFor();
    expect(await page.getByTestId('decision-save').count()).toBe(0);
    expect(await page.getByTestId('decision-publish').count()).toBe(0);
    expect(await page.locator('[data-testid=decision-table] [contenteditable]').count()).toBe(0);
    await expect(page.getByTestId('decision-table').textContent()).resolves.toContain('"dept_affairs"');
    expect(await dmnEnglishOn(page)).toEqual([]);
  });
});
