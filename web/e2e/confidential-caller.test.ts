import { Browser } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { ApiClient } from '../../engine/test/support/api-client';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { useTestEngine } from '../../engine/test/support/test-engine';

const PASSWORD = 'password-123';
const CALLER = { name: '赵桂芳', phone: '13905317777' };

/** 来电人保密 on the case page: the agent who took the complaint may see who called (audited); another agent sees only that it is withheld. */
describe('a confidential complaint on the case page in Chromium', () => {
  const http = { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 };
  const opened: string[] = [];
  // Before the engine's own afterAll, which stops it.
  afterAll(async () => {
    for (const id of opened) await fx.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
    await browser?.close();
  });
  const fx = useTestEngine(() => testDatabases()[0].create(), { http });
  let browser: Browser;
  let caseId: string;

  const user = async (username: string) => {
    expect((await fx.admin.post('/api/users', { username, password: PASSWORD, displayName: username, roles: ['agent'], groups: ['hotline'] })).status).toBe(201);
    const client = new ApiClient(fx.running.url);
    await client.login(username, PASSWORD);
    return client;
  };

  beforeAll(async () => {
    const intake = await user('cc_intake');
    await user('cc_other');
    const res = await intake.post<{ case: { id: string } }>('/api/cases', {
      serviceType: 'complaint',
      channel: 'phone',
      variables: { complaintKind: 'complaint', complaintSubject: 'hotline', description: '坐席态度不好', confidential: true, callerName: CALLER.name, callerPhone: CALLER.phone },
    });
    expect(res.status).toBe(201);
    caseId = res.body.case.id;
    opened.push(caseId);
    browser = await launchChromium(fx.running.config.http.webDist);
  });

  it('given another agent, when they open the case, then it says the caller is withheld and shows neither name nor number', async () => {
    const page = await signIn(browser, fx.running.url, 'cc_other', PASSWORD);
    await page.goto(`${fx.running.url}/cases/${caseId}`);
    await page.getByTestId('confidential-caller').getByText('来电人要求保密').waitFor();
    expect(await page.getByTestId('confidential-caller').innerText()).toContain('仅受理坐席和审计员可查看');
    expect(await page.getByTestId('confidential-caller-reveal').count()).toBe(0);
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(CALLER.phone);
    expect(text).not.toContain(CALLER.name);
  });

  it('given the agent who took it, when they ask to see the caller, then the name and number show and the read is in the audit log', async () => {
    const page = await signIn(browser, fx.running.url, 'cc_intake', PASSWORD);
    await page.goto(`${fx.running.url}/cases/${caseId}`);
    await page.getByText('查看将记入审计日志').waitFor();
    await page.getByTestId('confidential-caller-reveal').click();
    expect(await page.getByTestId('confidential-caller-identity').innerText()).toBe(`${CALLER.name} · ${CALLER.phone}`);
    const entries = (await fx.admin.get<{ entries: { action: string }[] }>(`/api/audit?entityType=case&entityId=${caseId}`)).body.entries;
    expect(entries.filter((e) => e.action === 'case.caller_read')).toHaveLength(1);
  });
});
