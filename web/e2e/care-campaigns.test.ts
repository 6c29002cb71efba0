import { careCampaignsModule } from '@careflow/engine/dist/modules/care-campaigns';
import { loadEngineConfig } from '../../engine/src/config';
import { saveDialog, useAdminPage } from '../../engine/test/support/browser';
import { CAMPAIGN_CARE_CONFIG, campaignWorld } from '../../engine/test/support/care-campaign-fixtures';
import { careWorld } from '../../engine/test/support/care-plan-fixtures';
import { testDatabases } from '../../engine/test/support/databases';
import { ELDER_PHONE, proactiveCareReader } from '../../engine/test/support/proactive-care-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';

/** 关怀活动 in the browser: an admin makes a campaign on the 关怀 page, and its tab follows the call to its outcome. */
describe('care campaigns in Chromium', () => {
  afterAll(async () => campaigns.cancelAll());
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 }, care: CAMPAIGN_CARE_CONFIG });
  const held = useAdminPage(fx);
  const campaigns = campaignWorld(fx);
  const care = proactiveCareReader(fx);

  it('given 王秀英 living alone, when an admin makes a campaign for elders living alone and the pass runs, then the tab shows the call under way, and once she presses 1 the campaign done with her outcome 平安', async () => {
    await careWorld(fx).setUp();
    const { page } = held;
    await page.goto(`${fx.running.url}/care`);
    await page.getByRole('tab', { name: '关怀活动' }).click();
    await page.getByTestId('care-campaign-add').click();
    const modal = page.locator('.ant-modal:visible');
    await modal.locator('#careCampaign_name').fill('高温关怀');
    await saveDialog(modal);
    const row = page.getByTestId('care-campaigns').locator('tbody tr.ant-table-row').first();
    await row.getByText('高温关怀').waitFor();
    await expect(row.textContent()).resolves.toContain('对象 1');

    // The engine's pass (the test runs it; no quiet hours in this test's settings): her call goes out now.
    expect(await fx.running.engine.given(careCampaignsModule).opener.runOnce(new Date())).toBe(1);
    await row.getByText('已外呼 1').waitFor();
    const [target] = await campaigns.targets((await fx.admin.get<{ campaigns: { id: string }[] }>('/api/care/campaigns')).body.campaigns[0].id);
    await care.answer(target.caseId!, ELDER_PHONE, '1');
    await care.closed(target.caseId!);

    await row.getByText('已完成').waitFor({ timeout: 30_000 });
    await expect(row.textContent()).resolves.toContain('平安 1');
    await row.locator('.ant-table-row-expand-icon').click();
    const targetRow = page.getByTestId('campaign-targets').locator('tbody tr.ant-table-row').first();
    await targetRow.getByText('平安').waitFor();
    await expect(targetRow.textContent()).resolves.toContain('王秀英');
  });
});
