import { carePlansModule } from '@careflow/engine/dist/modules/care-plans';
import { loadEngineConfig } from '../../engine/src/config';
import { pickOptions, saveDialog, useAdminPage } from '../../engine/test/support/browser';
import { at, CARE_CONFIG, careWorld } from '../../engine/test/support/care-plan-fixtures';
import { testDatabases } from '../../engine/test/support/databases';
import { ELDER_PHONE, proactiveCareReader } from '../../engine/test/support/proactive-care-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';

type Rules = { rules: { name: string; plans: number; schedule: { kind: string; weekdays?: number[] } }[] };

/** 主动关怀 in the browser: an admin makes a rule, the elder file shows the plan it gave, the 关怀 page the day's outcome. */
describe('proactive care in Chromium', () => {
  afterAll(async () => world.cancelRunning());
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 }, care: CARE_CONFIG });
  const held = useAdminPage(fx);
  const world = careWorld(fx);
  const care = proactiveCareReader(fx);

  it('given 王秀英 living alone, when an admin makes a weekly care-call rule for elders living alone aged 80+, then her file shows the plan; after Tuesday’s call is answered with 1, the 关怀 page shows it done', async () => {
    const elderId = await world.setUp();
    const { page } = held;
    await page.goto(`${fx.running.url}/care`);
    await page.getByRole('tab', { name: '关怀规则' }).click();
    await page.getByTestId('care-rule-add').click();
    const modal = page.locator('.ant-modal:visible');
    await modal.locator('#careRule_name').fill('独居高龄老人每周关怀');
    await pickOptions(page, modal, modal.getByRole('combobox', { name: '每周' }), ['周二']);
    await saveDialog(modal);
    const rule = page.getByTestId('care-rules').locator('tbody tr.ant-table-row').first();
    await rule.getByText('独居高龄老人每周关怀').waitFor();
    const stored = (await fx.admin.get<Rules>('/api/care-rules')).body.rules;
    expect(stored).toMatchObject([{ name: '独居高龄老人每周关怀', plans: 1, schedule: { kind: 'weekly', weekdays: [2] } }]);

    await page.goto(`${fx.running.url}/elders/${elderId}`);
    await page.getByRole('tab', { name: '主动关怀' }).click();
    const plan = page.getByTestId('care-plans').locator('tbody tr.ant-table-row').first();
    await plan.getByText('由规则生成').waitFor();
    await expect(plan.textContent()).resolves.toMatch(/关怀电话.*机器人外呼.*周二 09:00–11:00.*生效中/);

    // The engine's pass on the day, at 09:00 (the test's clock); the robot's first try is due then.
    const [tuesday] = (await world.plansOf(elderId))[0].next;
    expect(await fx.running.engine.given(carePlansModule).opener.runOnce(at(`${tuesday} 09:00`))).toBe(1);
    const [occurrence] = await world.occurrences();
    await care.fire(occurrence.caseId, 'try-wait');
    await care.answer(occurrence.caseId, ELDER_PHONE, '1');
    await care.closed(occurrence.caseId);

    await page.goto(`${fx.running.url}/care?date=${tuesday}`);
    const row = page.getByTestId('care-day').locator('tbody tr.ant-table-row').first();
    await row.getByText('平安').waitFor();
    await expect(row.textContent()).resolves.toContain('王秀英');
    await expect(page.getByTestId('care-count-done').textContent()).resolves.toContain('1');
    await expect(page.getByTestId('care-count-due').textContent()).resolves.toContain('1');
  });
});
