import { Browser } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { userOf } from '../../engine/test/support/provider-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';
import { ARTICLE_COLUMNS } from '../../engine/src/modules/knowledge/import/columns';
import { writeSheet, XLSX_TYPE } from '../../engine/src/modules/imports/sheets';

const GOOD = { 标题: '居家养老服务补贴申请', 分类: '养老服务', 关键词: '居家养老、补贴', 简短答复: '符合条件的老年人可到社区申请居家养老服务补贴。', 正文: '申请条件见通知。' };
const BAD = { 标题: '分类填错的文章', 分类: '外星福利', 简短答复: '答' };
const cellsOf = (cells: Record<string, string>) => ARTICLE_COLUMNS.map((c) => cells[c.header] ?? '');

/** 知识库 import in Chromium: an author imports an Excel sheet with one bad row, reads the report, finds the good draft. */
describe('knowledge import in Chromium', () => {
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 } }, []);
  let browser: Browser;

  beforeAll(async () => {
    await userOf(fx, 'kimp_author', ['knowledge_author']);
    browser = await launchChromium(fx.running.config.http.webDist);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('given an Excel sheet with a good and a bad row, when an author imports it, then the report names the bad row in zh-CN and the good one is in 草稿', async () => {
    const page = await signIn(browser, fx.running.url, 'kimp_author', 'password-123');
    await page.waitForURL(/\/knowledge$/);
    await page.getByRole('tab', { name: '草稿' }).click();
    await page.getByTestId('knowledge-import-xlsx').click();
    const dialog = page.locator('.ant-modal:visible');
    await dialog.getByText('下载模板').waitFor();
    const sheet = await writeSheet('知识库', ARTICLE_COLUMNS, [cellsOf(GOOD), cellsOf(BAD)]);
    await page.getByTestId('knowledge-import-file').setInputFiles({ name: '知识库.xlsx', mimeType: XLSX_TYPE, buffer: sheet });
    await page.getByTestId('knowledge-import-start').click();

    const report = page.getByTestId('knowledge-import-report');
    await report.waitFor();
    await expect(report.getAttribute('data-failed')).resolves.toBe('1');
    await expect(report.locator('.ant-alert-message').textContent()).resolves.toBe('导入完成：新增 1 篇，更新 0 篇，未变化 0 篇，失败 1 篇');
    const problems = page.getByTestId('knowledge-import-problems').locator('.ant-table-tbody tr');
    await expect(problems.count()).resolves.toBe(1);
    await expect(problems.first().locator('td').allTextContents()).resolves.toEqual(['3', '分类', '“外星福利”不是知识分类字典中的分类']);

    // Behind the dialog, 草稿 has reloaded with the imported draft.
    await dialog.getByRole('button', { name: '关闭' }).click();
    const drafts = page.getByTestId('knowledge-list-drafts');
    await drafts.locator('tbody tr', { hasText: GOOD.标题 }).waitFor();
    await expect(drafts.locator('tbody tr', { hasText: BAD.标题 }).count()).resolves.toBe(0);
    await drafts.getByRole('link', { name: GOOD.标题 }).click();
    await page.waitForURL(/\/knowledge\/articles\//);
    await page.getByText(GOOD.简短答复).first().waitFor();
  });
});
