import { loadEngineConfig } from '../../engine/src/config';
import { useAdminPage } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { useTestEngine } from '../../engine/test/support/test-engine';

type Days = { days: { date: string; kind: string; name: string }[] };

/** 节假日与调休 under 系统管理: the year's holiday notice pasted in, checked line by line, then kept by the engine. */
describe('the business calendar in Chromium', () => {
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 } });
  const held = useAdminPage(fx);
  const year = new Date().getFullYear();

  it("given an admin with an empty year, when they paste the year's notice with a bad line, then the line is named and nothing is saved; fixed, the days are the engine's", async () => {
    const { page } = held;
    await page.goto(`${fx.running.url}/admin?tab=calendar`);
    await page.getByTestId('calendar-days').getByText(`${year} 年尚未标记节假日`).waitFor();

    await page.getByTestId('calendar-import').click();
    const modal = page.getByTestId('calendar-notice-modal');
    await page.fill('#calendar-notice', `${year}-10-01~${year}-10-03 休 国庆节\n${year}-09-27 班 国庆节调休\n${year}-02-30 休 春节`);
    await expect(modal.getByTestId('calendar-notice-problems').textContent()).resolves.toContain('第 3 行日期无效');
    await expect(modal.getByRole('button', { name: '替换当年安排' }).isDisabled()).resolves.toBe(true);
    expect((await fx.admin.get<Days>(`/api/calendar?year=${year}`)).body.days).toEqual([]);

    await page.fill('#calendar-notice', `${year}-10-01~${year}-10-03 休 国庆节\n${year}-09-27 班 国庆节调休`);
    await expect(modal.getByTestId('calendar-notice-summary').textContent()).resolves.toContain('共 3 天放假，1 天调休上班');
    await modal.getByRole('button', { name: '替换当年安排' }).click();
    await modal.waitFor({ state: 'hidden' });
    const rows = page.getByTestId('calendar-days').locator('tbody tr');
    await rows.filter({ hasText: `${year}-10-02` }).waitFor();
    await expect(rows.filter({ hasText: `${year}-09-27` }).textContent()).resolves.toContain('调休上班');
    const stored = (await fx.admin.get<Days>(`/api/calendar?year=${year}`)).body.days;
    expect(stored.map((d) => [d.date, d.kind])).toEqual([[`${year}-09-27`, 'workday'], [`${year}-10-01`, 'holiday'], [`${year}-10-02`, 'holiday'], [`${year}-10-03`, 'holiday']]);

    // One more day by hand, then one unmarked.
    await page.getByTestId('calendar-new').click();
    const dayModal = page.getByTestId('calendar-day-modal');
    await dayModal.locator('#calendarDay_date').fill(`${year}-01-01`);
    await dayModal.locator('#calendarDay_name').fill('元旦');
    await dayModal.getByRole('button', { name: /确\s*定|OK/ }).click();
    await rows.filter({ hasText: '元旦' }).waitFor();
    await page.getByRole('button', { name: `删除 ${year}-10-03` }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: /确\s*定|OK/ }).click();
    await rows.filter({ hasText: `${year}-10-03` }).waitFor({ state: 'detached' });
    const after = (await fx.admin.get<Days>(`/api/calendar?year=${year}`)).body.days;
    expect(after.map((d) => d.date)).toEqual([`${year}-01-01`, `${year}-09-27`, `${year}-10-01`, `${year}-10-02`]);
  });
});
