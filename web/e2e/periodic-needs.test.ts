import { loadEngineConfig } from '../../engine/src/config';
import { pickOptions, saveDialog, useAdminPage } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { householdWorld } from '../../engine/test/support/household-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';

type Needs = { needs: { status: string; items: { code: string; quantity: number }[]; schedule: { kind: string; weekdays?: number[] }; next: string[] }[] };

/** 周期性需求 on the elder file: an agent records weekly cleaning, sees the next visits, and pauses it. */
describe('periodic needs in Chromium', () => {
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 }, periodicNeeds: { passSeconds: 0 } });
  const held = useAdminPage(fx);

  it('given an elder, when cleaning every Tuesday is recorded on her file, then it shows with its next visits and the engine keeps it; paused, it shows paused', async () => {
    const { elderId } = await householdWorld(fx);
    const { page } = held;
    await page.goto(`${fx.running.url}/elders/${elderId}`);
    await page.getByRole('tab', { name: '周期性需求' }).click();
    await page.getByTestId('periodic-need-add').click();
    const modal = page.locator('.ant-modal:visible');
    await modal.getByLabel('服务项目').first().click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '居家保洁' }).click();
    await modal.getByLabel('数量').fill('2');
    await pickOptions(page, modal, modal.getByRole('combobox', { name: '每周' }), ['周二']);
    await modal.locator('#periodicNeed_accessNotes').fill('钥匙在邻居家');
    await saveDialog(modal);

    const row = page.getByTestId('periodic-needs').locator('tbody tr.ant-table-row').first();
    await row.getByText('生效中').waitFor();
    await expect(row.textContent()).resolves.toContain('居家保洁（小时） × 2');
    const stored = (await fx.admin.get<Needs>(`/api/periodic-needs?elderId=${elderId}`)).body.needs;
    expect(stored).toMatchObject([{ status: 'active', items: [{ code: 'home_cleaning', quantity: 2 }], schedule: { kind: 'weekly', weekdays: [2] } }]);
    expect(stored[0].next).toHaveLength(3);
    expect(stored[0].next.map((d) => new Date(`${d}T00:00:00Z`).getUTCDay())).toEqual([2, 2, 2]);
    await expect(row.textContent()).resolves.toContain(stored[0].next[0]);

    await row.getByRole('button', { name: /暂\s*停/ }).click();
    await row.getByText('已暂停').waitFor();
    expect((await fx.admin.get<Needs>(`/api/periodic-needs?elderId=${elderId}`)).body.needs[0].status).toBe('paused');
  });
});
