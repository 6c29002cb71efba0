import fs from 'node:fs';
import { loadEngineConfig } from '../../engine/src/config';
import { readSheet } from '../../engine/src/modules/imports/sheets';
import { eventually } from '../../engine/test/support/api-client';
import { useAdminPage } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { caseReader, emergencyWorld } from '../../engine/test/support/emergency-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';

/** 流程热度 in Chromium: the steps of 紧急救助 with their runs over the diagram, on the service type and in 流程设计. */
describe('the step heat in Chromium', () => {
  const opened: string[] = [];
  // Declared before the engine's own hooks so it runs while the engine is up.
  afterAll(async () => {
    for (const id of opened) await fx.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const http = { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 };
  const fx = useTestEngine(() => testDatabases()[0].create(), { http });
  const held = useAdminPage(fx);
  const cases = caseReader(() => fx.admin);

  it('given one alarm found false and one waiting for its call back, when an admin opens 流程热度 on 紧急救助, then 确认警情 shows one done and one open, on the diagram and as figures; 流程设计 shows the same badge', async () => {
    const { elderId } = await emergencyWorld(fx);
    const open = async () => {
      const res = await fx.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'emergency-rescue', channel: 'alarm', elderId, variables: { alarm: { terminalId: 'PD-0001', button: 'SOS', location: null, at: new Date().toISOString() } } });
      expect(res.status).toBe(201);
      opened.push(res.body.case.id);
      return res.body.case.id;
    };
    const falseAlarm = await open();
    await cases.complete(falseAlarm, 'confirm-alarm', { alarmOutcome: 'false_alarm', falseAlarmReason: '老人打扫时误碰呼叫器' });
    await eventually(async () => ((await cases.detail(falseAlarm)).case.status === 'closed' ? true : undefined), 60_000, 'the false alarm closed');
    await cases.openTask(await open(), 'confirm-alarm');

    const { page } = held;
    await page.goto(`${fx.running.url}/studio/service-types/emergency-rescue`);
    await page.getByRole('tab', { name: '流程热度' }).click();
    const badge = page.getByTestId('step-heat-diagram').getByTestId('heat-confirm-alarm');
    await badge.getByText('经过 1 · 在办 1').waitFor();
    await expect(badge.textContent()).resolves.toMatch(/中位 \d+(秒|分) · 90% \d+(秒|分)/);
    await expect(page.getByTestId('step-heat-summary').textContent()).resolves.toContain('期间内受理工单 2 件');
    await page.getByTestId('step-heat-show-table').click();
    const row = page.getByTestId('step-heat-table').locator('tbody tr', { hasText: '确认警情' });
    await expect(row.locator('td').allTextContents()).resolves.toEqual(['确认警情', '1', '1', expect.stringMatching(/\d+(秒|分)/), expect.stringMatching(/\d+(秒|分)/), '0']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('step-heat-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^流程热度_emergency-rescue_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const { rows: sheet } = await readSheet(fs.readFileSync((await download.path())!));
    expect(sheet.find((r) => r.cells['环节'] === '确认警情')?.cells).toMatchObject({ 完成次数: '1', 进行中: '1', 超时任务: '0' });

    await page.goto(`${fx.running.url}/studio/processes/emergency-rescue`);
    await page.getByTestId('modeler-canvas').locator('.djs-element').first().waitFor();
    await page.getByTestId('design-heat').click();
    await page.getByTestId('modeler-canvas').getByTestId('heat-confirm-alarm').getByText('经过 1 · 在办 1').waitFor();
    await page.getByTestId('design-heat').click();
    await page.getByTestId('modeler-canvas').getByTestId('heat-confirm-alarm').waitFor({ state: 'detached' });
  });
});
