import { loadEngineConfig } from '../../engine/src/config';
import { eventually } from '../../engine/test/support/api-client';
import { signIn, useAdminPage } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { HouseholdProvider, householdWorld, Order } from '../../engine/test/support/household-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';

const PHONE = { width: 390, height: 844 };
const TERMS = '服务人员已上门后取消，收取上门费 30 元';

/**
 * 取消条款 in Chromium: the bureau sets a provider's cancellation fee on its page, the supervisor
 * canceling a household case whose worker has started is told what it costs before confirming, and
 * the provider's admin, on a phone, sees the order 已取消.
 */
describe('cancellation terms in Chromium', () => {
  const http = { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 };
  const fx = useTestEngine(() => testDatabases()[0].create(), { http });
  const held = useAdminPage(fx);
  let elderId: string;
  let providers: HouseholdProvider[];

  beforeAll(async () => {
    ({ elderId, providers } = await householdWorld(fx));
  });

  it('given a provider with free cancellation, when the admin sets a fee of 30 yuan and a case whose worker started is canceled, then the cancel dialog warns of 30 yuan and the order shows 已取消 on the provider’s phone', async () => {
    const page = held.page;
    // The provider detail page: free at first, a bad fee refused on the spot, then 30 yuan with the terms.
    for (const p of providers) {
      await page.goto(`${fx.running.url}/providers/${p.id}`);
      const section = page.getByTestId('cancel-terms-section');
      await section.getByTestId('cancel-fee').getByText('免费取消').waitFor();
      await section.getByTestId('cancel-terms-edit').click();
      const fee = page.locator('#cancellation-terms_cancelFee');
      await fee.fill('2000');
      await page.getByTestId('cancel-terms-save').click();
      await page.getByText('取消费须在 0–1000 元之间').waitFor();
      await fee.fill('30');
      await page.locator('#cancellation-terms_cancelTerms').fill(TERMS);
      await page.getByTestId('cancel-terms-save').click();
      await page.getByTestId('cancel-fee').getByText('¥30.00').waitFor();
      await page.getByTestId('cancel-terms').getByText(TERMS).waitFor();
      expect((await fx.admin.get<{ provider: { cancelFee: number; cancelTerms: string } }>(`/api/providers/${p.id}`)).body.provider).toMatchObject({ cancelFee: 3000, cancelTerms: TERMS });
    }

    // A household case: quote agreed, the provider accepts and its worker starts.
    const opened = await fx.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'household-help', channel: 'phone', elderId, variables: { items: [{ code: 'home_cleaning', quantity: 2 }], wishFrom: '2026-12-05 09:00:00' } });
    const caseId = opened.body.case.id;
    const confirm = await eventually(async () => (await fx.admin.get<{ tasks: { id: string; elementId: string; status: string }[] }>(`/api/tasks?view=all&caseId=${caseId}`)).body.tasks.find((t) => t.elementId === 'confirm-quote' && t.status === 'created'), 60_000, 'the quote task');
    expect((await fx.admin.post(`/api/tasks/${confirm.id}/complete`, { variables: { quoteAccepted: 'yes' } })).status).toBe(200);
    const { provider, order } = await eventually(async () => {
      for (const p of providers) {
        const found = (await p.user.get<{ dispatches: Order[] }>('/api/dispatches')).body.dispatches.find((d) => d.caseId === caseId);
        if (found) return { provider: p, order: found };
      }
      return undefined;
    }, 60_000, 'the order');
    expect((await provider.user.post(`/api/dispatches/${order.id}/accept`, { staffId: provider.staffId })).status).toBe(200);
    expect((await provider.user.post(`/api/dispatches/${order.id}/start`, {})).status).toBe(200);

    // 取消工单: the warning before the reason, then the case and its timeline.
    await page.goto(`${fx.running.url}/cases/${caseId}`);
    await page.getByTestId('case-cancel').click();
    const warning = page.getByTestId('cancel-fee-warning');
    await warning.getByText('取消将按服务商条款收取 30.00 元').waitFor();
    await warning.getByText(`条款：${TERMS}`).waitFor();
    await page.fill('#case-action-text', '家属已自行处理');
    await page.click('#case-action-ok');
    await page.getByTestId('case-status').getByText('已取消').waitFor();
    const entry = page.getByTestId('timeline-dispatch.canceled');
    await entry.getByText('派单取消').waitFor();
    await entry.getByText(/按取消条款收取取消费 ¥30\.00/).waitFor();

    // The provider's admin, on a phone: the order is 已取消.
    const phone = await signIn(held.browser, fx.running.url, `household_${providers.indexOf(provider)}_${fx.db.name}`, 'password-123', PHONE);
    await phone.goto(`${fx.running.url}/dispatches`);
    await phone.getByTestId(`order-${order.id}`).getByText('已取消').waitFor();
    await phone.context().close();
  });
});
