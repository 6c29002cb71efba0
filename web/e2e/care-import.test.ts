import { loadEngineConfig } from '../../engine/src/config';
import { CARE_PLAN_COLUMNS } from '../../engine/src/modules/imports/kinds/care-plans';
import { writeSheet } from '../../engine/src/modules/imports/sheets';
import { useAdminPage } from '../../engine/test/support/browser';
import { CARE_CONFIG, careWorld } from '../../engine/test/support/care-plan-fixtures';
import { testDatabases } from '../../engine/test/support/databases';
import { WANG_XIUYING } from '../../engine/test/support/registry-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 关怀计划 in bulk: an admin imports a sheet on the 关怀 page and the elder file shows the plan. */
describe('care plan import in Chromium', () => {
  // No pass opens a case here (CARE_CONFIG), but should one, it is canceled while the engine is up.
  afterAll(async () => world.cancelRunning());
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 }, care: CARE_CONFIG });
  const held = useAdminPage(fx);
  const world = careWorld(fx);

  it('given 王秀英’s file, when an admin imports a sheet with her medication reminder on the 关怀 page, then the dialog reports it created and her 主动关怀 tab shows the plan', async () => {
    const elderId = await world.setUp();
    const { page } = held;
    const cells: Record<string, string> = { 姓名: WANG_XIUYING.name, 身份证号: WANG_XIUYING.idCard, 关怀类型: '用药提醒', 关怀方式: '机器人外呼', 周期: '每周', 周期值: '二、四', 时段开始: '10:00', 时段结束: '11:00' };
    const sheet = await writeSheet('关怀计划', CARE_PLAN_COLUMNS, [CARE_PLAN_COLUMNS.map((c) => cells[c.header] ?? '')]);

    await page.goto(`${fx.running.url}/care`);
    await page.getByTestId('import-care-plans').click();
    await page.locator('#import-file-care-plans').setInputFiles({ name: '关怀计划.xlsx', mimeType: XLSX, buffer: sheet });
    await page.getByTestId('import-start').click();
    await page.locator('[data-testid=import-result][data-status=done]').waitFor();
    await expect(page.getByTestId('import-result').textContent()).resolves.toContain('新增1');
    await expect(page.getByTestId('export-care-plans').getAttribute('href')).resolves.toBe('/api/exports/care-plans');

    await page.goto(`${fx.running.url}/elders/${elderId}`);
    await page.getByRole('tab', { name: '主动关怀' }).click();
    const plan = page.getByTestId('care-plans').locator('tbody tr.ant-table-row').first();
    await plan.getByText('用药提醒').waitFor();
    await expect(plan.textContent()).resolves.toMatch(/用药提醒.*机器人外呼.*周二.*周四.*10:00–11:00.*生效中/);
  });
});
