import { loadEngineConfig } from '../../engine/src/config';
import { useAdminPage } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { useTestEngine } from '../../engine/test/support/test-engine';

type Missed = { id: string; status: string; outcome: string | null; callbackCallId: string | null; clearedBy: string | null };
type Call = { id: string; mode: string; to: string; status: string };

/** 通话记录 · 未接来电 in Chromium: a call nobody answered is called back and leaves the list. */
describe('missed calls in Chromium', () => {
  // WEB_DIST names a build of its own (parallel builds would clash over web/dist); test engines read no env.
  const http = { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 };
  const fx = useTestEngine(() => testDatabases()[0].create(), { http });
  const held = useAdminPage(fx);

  it('given the 未接来电 tab is open, when a call rings and nobody answers, then it appears; 回拨 rings the caller and 已回拨接通 takes it off the list', async () => {
    const { page } = held;
    await page.getByRole('menuitem', { name: '通话记录' }).click();
    await page.waitForURL(/\/calls$/);
    await page.getByTestId('tab-missed').click();
    await page.getByText('没有待回拨的未接来电').waitFor();

    // Nobody is idle: the call waits in the queue until the caller hangs up.
    const rang = await fx.admin.post<{ callId: string }>('/api/telephony/simulator/inbound', { kind: 'call', from: '13712345678' });
    expect(rang.status).toBe(202);
    expect((await fx.admin.post(`/api/telephony/simulator/inbound/${rang.body.callId}/hangup`, {})).status).toBe(200);

    const row = page.getByTestId(`missed-${rang.body.callId}`);
    await row.getByText('13712345678').waitFor();
    await row.getByText('排队放弃').waitFor();
    await row.getByRole('button', { name: /^回\s?拨$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('回拨结果').waitFor();
    await dialog.getByText('已回拨接通').click();
    await dialog.getByRole('textbox').fill('老人说刚才在做饭，一切安好');
    await page.locator('#missed-outcome-save').click();

    await row.waitFor({ state: 'detached' });
    await page.getByText('没有待回拨的未接来电').waitFor();
    const cleared = (await fx.admin.get<{ items: Missed[] }>('/api/calls/missed?status=cleared')).body.items.find((m) => m.id === rang.body.callId);
    expect(cleared).toMatchObject({ status: 'cleared', outcome: 'reached', clearedBy: 'admin' });
    const callback = await fx.admin.get<{ call: Call }>(`/api/calls/${cleared?.callbackCallId}`);
    expect(callback.body.call).toMatchObject({ mode: 'click_to_call', to: '13712345678', status: 'ringing' });

    // The call log lists both: the missed call and the callback, found by the number.
    await page.getByRole('tab', { name: '通话记录' }).click();
    const number = page.getByPlaceholder('号码', { exact: true });
    await number.fill('1371234');
    await number.press('Enter');
    await page.locator('tbody tr', { hasText: '来电' }).getByText('13712345678').waitFor();
    await page.locator('tbody tr', { hasText: '点击呼叫' }).getByText('13712345678').waitFor();
  });
});
