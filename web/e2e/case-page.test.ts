import { Browser, Page } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { ApiClient, eventually } from '../../engine/test/support/api-client';
import { TEST_HISTORY_TIME_TO_LIVE, uniqueProcessId } from '../../engine/test/support/operaton-fixtures';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { TEST_ADMIN_PASSWORD, useTestEngine } from '../../engine/test/support/test-engine';

type Opened = { case: { id: string; caseNumber: string } };
type Diagram = { incidents: { elementId: string }[] };

const shape = (id: string, x: number, w = 100, h = 80, y = 78) => `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}"/></bpmndi:BPMNShape>`;
const edge = (id: string, x1: number, x2: number) => `<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}"><di:waypoint x="${x1}" y="118"/><di:waypoint x="${x2}" y="118"/></bpmndi:BPMNEdge>`;

/** start → 受理登记 (a name with a line break, as the modeler writes it) → 复核 (fails: its assignee names no variable) → end, with its diagram. */
function reviewProcess(processId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="https://careflow.example/bpmn">
<bpmn:process id="${processId}" isExecutable="true" camunda:historyTimeToLive="${TEST_HISTORY_TIME_TO_LIVE}">
<bpmn:startEvent id="start"/><bpmn:userTask id="intake" name="受理&#10;登记" camunda:formKey="intake-note" camunda:candidateGroups="hotline"/>
<bpmn:userTask id="review" name="复核" camunda:formKey="intake-note" camunda:asyncBefore="true" camunda:assignee="\${reviewer}"/><bpmn:endEvent id="end"/>
<bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="intake"/><bpmn:sequenceFlow id="f2" sourceRef="intake" targetRef="review"/><bpmn:sequenceFlow id="f3" sourceRef="review" targetRef="end"/>
</bpmn:process>
<bpmndi:BPMNDiagram id="d1"><bpmndi:BPMNPlane id="p1" bpmnElement="${processId}">${shape('start', 100, 36, 36, 100)}${shape('intake', 180)}${shape('review', 330)}${shape('end', 480, 36, 36, 100)}${edge('f1', 136, 180)}${edge('f2', 280, 330)}${edge('f3', 430, 480)}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}

/** The case page in Chromium: the diagram with where the case is, people and steps by name, comments, 催办 and 督办 that reach people. */
describe('the case page in Chromium', () => {
  const http = { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 };
  const fx = useTestEngine(() => testDatabases()[0].create(), { http });
  let browser: Browser;
  let admin: Page;
  const zhang = () => {
    const client = new ApiClient(fx.running.url);
    return client.login('zhang_agent', 'password-123').then(() => client);
  };
  const open = async () => {
    const answer = await fx.admin.post<Opened>('/api/cases', { serviceType: 'review', channel: 'phone' });
    expect(answer.status).toBe(201);
    const task = await eventually(async () => (await fx.admin.get<{ tasks: { id: string }[] }>(`/api/cases/${answer.body.case.id}`)).body.tasks[0], 30_000, 'the intake task');
    return { ...answer.body.case, taskId: task.id };
  };
  const marked = (page: Page, id: string) => page.getByTestId('case-diagram').locator(`g.djs-element[data-element-id="${id}"]`).getAttribute('class');

  beforeAll(async () => {
    await fx.admin.post('/api/groups', { key: 'hotline', name: '热线组' });
    expect((await fx.admin.post('/api/users', { username: 'zhang_agent', password: 'password-123', displayName: '张坐席', roles: ['agent'], groups: ['hotline'], phone: '13800138001' })).status).toBe(201);
    await fx.admin.post('/api/forms', { key: 'intake-note', title: '受理', schema: { type: 'object', properties: { note: { type: 'string', title: '记录' } } } });
    await fx.admin.post('/api/service-types', { key: 'review', names: { 'zh-CN': '受理复核', en: 'Intake and review' }, category: 'care' });
    expect((await fx.admin.post('/api/service-types/review/versions', { bpmnXml: reviewProcess(uniqueProcessId('review')), settings: { priority: 'normal', channels: ['phone'], startRoles: ['admin'] } })).status).toBe(201);
    const published = await fx.admin.post<{ error?: unknown }>('/api/service-types/review/publish', { version: 1 });
    expect([published.status, published.body.error]).toEqual([200, undefined]);
    browser = await launchChromium(fx.running.config.http.webDist);
    admin = await signIn(browser, fx.running.url, 'admin', TEST_ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('given a case whose first step was done by an agent and whose next step failed, when its page opens, then the diagram marks done, current and failed steps with the reason, and the timeline names people and steps, never their ids', async () => {
    const c = await open();
    await admin.goto(`${fx.running.url}/cases/${c.id}`);
    await admin.getByTestId('case-diagram').and(admin.locator('[data-ready="true"]')).waitFor();
    await expect(marked(admin, 'intake')).resolves.toContain('token-current');

    const agent = await zhang();
    expect((await agent.post(`/api/tasks/${c.taskId}/claim`, {})).status).toBe(200);
    expect((await agent.post(`/api/tasks/${c.taskId}/complete`, { variables: { note: '已登记' } })).status).toBe(200);
    await eventually(async () => ((await fx.admin.get<Diagram>(`/api/cases/${c.id}/diagram`)).body.incidents.length > 0 ? true : undefined), 60_000, 'the review incident');

    await admin.reload();
    await admin.getByTestId('case-diagram').and(admin.locator('[data-ready="true"]')).waitFor();
    await expect(marked(admin, 'intake')).resolves.toContain('token-done');
    await expect(marked(admin, 'review')).resolves.toContain('token-incident');
    const incidents = admin.getByTestId('case-diagram-incidents');
    await incidents.getByText('复核').waitFor();
    await incidents.getByText(/reviewer/).waitFor();

    const timeline = admin.getByTestId('case-timeline');
    await timeline.getByText('受理 登记').first().waitFor();
    await admin.getByTestId('timeline-task.claimed').getByText(/\d{2}:\d{2} · 张坐席$/).waitFor();
    const text = (await timeline.textContent()) ?? '';
    // The engine's own incident message may name a variable; element ids and usernames never show.
    for (const raw of ['zhang_agent', '&#10;', 'intake', '(review)']) expect(text).not.toContain(raw);
    await expect(admin.getByTestId('case-tasks').textContent()).resolves.not.toContain('&#10;');
    // Times read YYYY-MM-DD HH:mm.
    expect(text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);

    await admin.fill('#case-comment-text', '已电话告知家属复核安排');
    await admin.getByTestId('case-comment-submit').click();
    await admin.getByTestId('timeline-case.comment').getByText('已电话告知家属复核安排').waitFor();
    await expect(admin.locator('#case-comment-text').inputValue()).resolves.toBe('');
  });

  it('given an open case, when a supervisor urges it and supervises it naming an agent, then the agent’s bell has both, the case shows who was told and how, and the agent’s reply shows on the case', async () => {
    const c = await open();
    await admin.goto(`${fx.running.url}/cases/${c.id}`);
    await admin.getByTestId('case-urge').click();
    await admin.fill('#case-action-text', '家属来电催促');
    await admin.click('#case-action-ok');
    await admin.getByTestId('escalation-urge').getByText('张坐席（候选办理人，已发短信）').waitFor();

    await admin.getByTestId('case-supervise').click();
    // Typing into the search opens the list even while the modal is still animating in.
    await admin.locator('#case-action-responsible').fill('张坐席');
    await admin.locator('.ant-select-dropdown:visible').getByTitle('张坐席', { exact: true }).click();
    await expect(admin.getByRole('dialog').locator('.ant-select-selection-item').textContent()).resolves.toBe('张坐席');
    await admin.fill('#case-action-text', '今日内办结');
    await admin.click('#case-action-ok');
    const supervised = admin.getByTestId('escalation-supervise');
    await supervised.getByText('今日内办结').waitFor();
    await supervised.getByText('张坐席（责任人，已发短信）').waitFor();
    await supervised.getByText('待责任人回复').waitFor();
    await expect(supervised.textContent()).resolves.toMatch(/办结期限\s*\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);

    const agent = await signIn(browser, fx.running.url, 'zhang_agent', 'password-123');
    await agent.getByTestId('notification-bell').click();
    await agent.getByTestId('notification-item').filter({ hasText: `催办：${c.caseNumber}` }).waitFor();
    await agent.getByTestId('notification-item').filter({ hasText: `督办：${c.caseNumber}` }).waitFor();
    await agent.goto(`${fx.running.url}/cases/${c.id}`);
    await agent.getByTestId('escalation-supervise').locator('input').fill('已联系家属，下午上门');
    await agent.getByTestId('escalation-reply-submit').click();
    await agent.getByTestId('escalation-reply').getByText(/已联系家属，下午上门（张坐席/).waitFor();
    await agent.getByTestId('timeline-case.supervise_replied').getByText('督办回复').waitFor();
    await agent.context().close();

    await admin.reload();
    await admin.getByTestId('escalation-reply').getByText(/已联系家属，下午上门/).waitFor();
  });
});
