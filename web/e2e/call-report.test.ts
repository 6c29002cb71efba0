import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { loadEngineConfig } from '../../engine/src/config';
import { eventually } from '../../engine/test/support/api-client';
import { useAdminPage } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { inboundEnv, quietDesk, seedDesk, sendEvent } from '../../engine/test/support/inbound-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';

const DAY = '2026-03-02';
const at = (clock: string) => `${DAY}T${clock}+08:00`;

/** 统计报表 › 话务统计: the day's call KPIs, filtered by area, shown as numbers and exported. */
describe('the call report in Chromium', () => {
  const fx = useTestEngine(() => testDatabases()[0].create(), { ...inboundEnv(), http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 } });
  const held = useAdminPage(fx);

  beforeAll(async () => {
    const { clients } = await seedDesk(fx, ['agent_a']);
    await quietDesk(fx, clients);
    const send = (id: string, type: string, callId: string, clock: string, fields: Record<string, unknown> = {}) => sendEvent(fx.running.url, { id, type, callId, at: at(clock), ...fields });
    // 王秀英's son is answered after 10 s; a stranger gives up in the queue after 40 s.
    await send('e1', 'call.ringing', 'r1', '09:00:00', { from: '13905310001', to: '12349' });
    await send('e2', 'call.answered', 'r1', '09:00:10', { agent: 'agent_a' });
    await send('e3', 'call.ended', 'r1', '09:02:10');
    await send('e4', 'call.ringing', 'r2', '10:00:00', { from: '13800000002', to: '12349' });
    await send('e5', 'call.ended', 'r2', '10:00:40');
    await eventually(async () => ((await fx.admin.get<{ total: { offered: number } }>(`/api/reports/calls?from=${DAY}&to=${DAY}`)).body.total.offered === 2 ? true : undefined), 15_000, 'both calls counted');
  });

  it('given a day with an answered and an abandoned call, when the supervisor narrows the report to 山大社区, shows the numbers and exports it, then the page and the Excel hold the same figures', async () => {
    const { page } = held;
    await page.goto(`${fx.running.url}/reports?from=${DAY}&to=${DAY}`);
    await page.getByTestId('call-kpi-offered').getByText('2').waitFor();
    await page.getByTestId('call-kpi-connectRate').getByText('50.0%').waitFor();

    await page.getByTestId('report-area').click();
    await page.keyboard.type('山大社区');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '山大社区' }).click();
    await page.getByTestId('call-kpi-connectRate').getByText('100.0%').waitFor();
    await page.getByTestId('call-kpi-offered').getByText('1').waitFor();
    expect(page.url()).toContain('areaCode=370102001001');

    await page.getByTestId('call-report-groups').getByText('数据').click();
    const row = page.getByTestId('call-report-groups-table').locator('tbody tr.ant-table-row').first();
    await row.getByText(DAY).waitFor();
    await expect(row.textContent()).resolves.toContain('100.0%');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('call-report-export').click()]);
    expect(download.suggestedFilename()).toBe(`话务统计_${DAY}_${DAY}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const values = (r: number) => (book.worksheets[0].getRow(r).values as unknown[]).slice(1, 8).map((v) => String(v ?? ''));
    expect(values(2)).toEqual([DAY, '1', '1', '1', '0', '0', '1']);
    expect(values(3)).toEqual(['合计', '1', '1', '1', '0', '0', '1']);

    await page.getByRole('tab', { name: '指标口径' }).click();
    await page.getByTestId('kpi-definitions').getByText('人工接通量 ÷ 呼入量', { exact: false }).waitFor();
  });
});
