import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { SettlementRow, settlementWorld } from '../../engine/test/support/settlement-fixtures';
import { TEST_ADMIN_PASSWORD, useTestEngine } from '../../engine/test/support/test-engine';

const PHONE = { width: 390, height: 844 };
type Rules = { rules: { category: string; itemCode: string; kind: string; value: number }[] };

/**
 * 收费结算 in Chromium: the admin adds a subsidy rule (after a refused percentage) and closes last
 * month; provider A's admin confirms the month's settlement on a phone with a signature; the
 * supervisor reads 补贴报表 and downloads it as Excel.
 */
describe('billing in Chromium', () => {
  const http = { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 };
  const fx = useTestEngine(() => testDatabases()[0].create(), { http });
  let browser: Browser;
  let admin: Page;
  let world: Awaited<ReturnType<typeof settlementWorld>>;
  const pick = async (page: Page, within: ReturnType<Page['getByTestId']>, nth: number, title: string) => {
    await within.locator('.ant-select').nth(nth).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(title, { exact: true }).click();
  };

  beforeAll(async () => {
    world = await settlementWorld(fx, 'bill');
    browser = await launchChromium(fx.running.config.http.webDist);
    admin = await signIn(browser, fx.running.url, 'admin', TEST_ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('given the shipped rules, when the admin adds a fixed subsidy per meal for 低偿, then a percentage over 100 is refused and the saved rule is in fen', async () => {
    await admin.goto(`${fx.running.url}/billing/rules`);
    await admin.getByTestId('rule-2').waitFor();
    await admin.getByTestId('rule-add').click();
    const row = admin.getByTestId('rule-3');
    await pick(admin, row, 0, '低偿');
    await pick(admin, row, 1, '助餐送餐（份）');
    await row.locator('input.ant-input-number-input').fill('120');
    await admin.click('#rules-save');
    await row.getByText('比例须为 0–100 的整数').waitFor();
    await pick(admin, row, 2, '每单位定额');
    await row.locator('input.ant-input-number-input').fill('5');
    await admin.click('#rules-save');
    await admin.getByText('补贴规则已保存').waitFor();
    const { rules } = (await fx.admin.get<Rules>('/api/billing/subsidy-rules')).body;
    expect(rules.find((r) => r.category === 'low_pay' && r.itemCode === 'meal_delivery')).toMatchObject({ kind: 'fixed', value: 500 });
    expect(rules).toHaveLength(4);
  });

  it('given last month open, when the admin closes it after the confirm dialog, then it shows 已月结 with who closed it', async () => {
    await admin.goto(`${fx.running.url}/billing/months`);
    await admin.getByTestId(`close-${world.lastMonth}`).click();
    await admin.click('#month-close-ok');
    const row = admin.getByTestId('billing-months').locator('tr', { hasText: world.lastMonth });
    // Closed, or the error the page shows, so that a failure says why (once seen timing out in CI, unexplained).
    const closedOrRefused = await Promise.race([
      row.getByText('已月结').waitFor().then(() => 'closed', () => 'neither within 30 s'),
      admin.locator('.ant-message-error').waitFor().then(async () => `refused: ${await admin.locator('.ant-message-error').textContent()}`, () => 'neither within 30 s'),
    ]);
    expect(closedOrRefused).toBe('closed');
    expect((await fx.admin.get<{ months: { month: string }[] }>('/api/billing/months')).body.months.map((m) => m.month)).toEqual([world.lastMonth]);
  });

  it('given the closed month, when provider A’s admin confirms it on a phone with a signature, then it shows 已确认 with the signer and the engine holds it', async () => {
    const phone = await signIn(browser, fx.running.url, 'bill_a_admin', 'password-123', PHONE);
    await phone.goto(`${fx.running.url}/billing/settlements?month=${world.lastMonth}`);
    const figures = phone.getByTestId('settlement-figures');
    await figures.getByText('¥150.00').waitFor();
    await figures.getByText('¥97.50').waitFor();
    const confirm = phone.getByTestId('settlement-confirm');
    expect((await confirm.boundingBox())!.height).toBeGreaterThanOrEqual(40);
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await confirm.click();
    await phone.fill('#settlement-signature', '张经理');
    await phone.click('#settlement-confirm-ok');
    await phone.getByTestId('settlement-confirmed').getByText(/^已确认 · 张经理 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/).waitFor();
    expect(await phone.getByTestId('settlement-confirm').count()).toBe(0);
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    const rows = (await fx.admin.get<{ settlements: SettlementRow[] }>(`/api/billing/settlements?month=${world.lastMonth}`)).body.settlements;
    expect(rows.map((r) => [r.providerName, r.confirmation?.signatureName ?? null])).toEqual([['历下颐养家政', '张经理'], ['市中安康家政', null]]);
    await phone.context().close();
  });

  it('given the month’s lines, when the supervisor opens 补贴报表 and exports it, then the tables show the totals and the download is the workbook', async () => {
    const page = await signIn(browser, fx.running.url, 'bill_supervisor', 'password-123');
    await page.getByRole('menuitem', { name: /补贴报表$/ }).click();
    await page.waitForURL(/\/billing\/report/);
    await page.goto(`${fx.running.url}/billing/report?month=${world.lastMonth}`);
    await page.getByTestId('report-area').getByText('济南市 / 历下区 / 文化东路街道 / 山大社区').waitFor();
    await page.getByTestId('report-category').getByText('低偿').waitFor();
    await page.getByTestId('report-item').getByText('¥300.00').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-export').click()]);
    expect(download.suggestedFilename()).toBe(`补贴报表-${world.lastMonth}.xlsx`);
    const file = fs.readFileSync((await download.path())!);
    expect(file.length).toBeGreaterThan(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['按区域', '按类别', '按项目']);
    await page.context().close();
  });
});
