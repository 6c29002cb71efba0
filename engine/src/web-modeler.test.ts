import fs from 'node:fs';
import { Page } from 'playwright-core';
import { loadEngineConfig } from './config';
import { eventually } from './testing/api-client';
import { uniqueProcessId } from './testing/bpmn-fixtures';
import { useAdminPage } from './testing/browser';
import { testDatabases } from './testing/databases';
import { append, applyTemplate, blankDiagram, entry, fillFeel, openGroup, remove, replaceWith, selectedId, shape, waitForElement } from './testing/modeler-browser';
import { useTestEngine } from './testing/test-engine';

const FORM = { key: 'visit-check', title: '回访确认', schema: { type: 'object', properties: { note: { type: 'string', title: '回访结果', 'x-decorator': 'FormItem', 'x-component': 'Input' } } } };
const GROUP = { key: 'visitors', name: '回访组' };
type Version = { version: { version: number; status: string; bpmnXml: string } };
type Problem = { elementId?: string; message: string };
type CaseDetail = { tasks: { id: string; elementId: string; status: string }[] };
/**
 * Drawn in another BPMN tool: a Camunda 7 attribute, a complex gateway Zeebe cannot run, a dangling
 * flow, a message event without a correlation key and a timer that is no ISO 8601 duration.
 */
const FOREIGN = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="other" targetNamespace="http://example.com/other-tool">
  <process id="foreign_process" isExecutable="true" camunda:historyTimeToLive="P30D">
    <startEvent id="begin"/><complexGateway id="decide"/>
    <sequenceFlow id="to_decide" sourceRef="begin" targetRef="decide"/><sequenceFlow id="dangling" sourceRef="decide" targetRef="nowhere"/>
    <intermediateCatchEvent id="wait_reply"><messageEventDefinition messageRef="reply"/></intermediateCatchEvent>
    <intermediateCatchEvent id="wait_a_day"><timerEventDefinition><timeDuration>one day</timeDuration></timerEventDefinition></intermediateCatchEvent>
  </process>
  <message id="reply" name="reply"/>
  <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="p" bpmnElement="foreign_process">
    <bpmndi:BPMNShape id="begin_di" bpmnElement="begin"><dc:Bounds x="100" y="100" width="36" height="36"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="decide_di" bpmnElement="decide"><dc:Bounds x="200" y="93" width="50" height="50"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="wait_reply_di" bpmnElement="wait_reply"><dc:Bounds x="300" y="100" width="36" height="36"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="wait_a_day_di" bpmnElement="wait_a_day"><dc:Bounds x="400" y="100" width="36" height="36"/></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="to_decide_di" bpmnElement="to_decide"><di:waypoint x="136" y="118"/><di:waypoint x="200" y="118"/></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</definitions>`;
type TaskAnswer = { task: { formKey: string; dueAt: string | null; priorityRank: number; candidateGroups: string[] } };

/** 流程设计: drawing a service process in the modeler, publishing it, and the case it runs. */
describe('the process modeler in Chromium', () => {
  // WEB_DIST names a build of its own (parallel builds would clash over web/dist); test engines read no env.
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 } });
  const chromium = useAdminPage(fx);
  let page: Page;

  beforeAll(async () => {
    page = chromium.page;
    expect((await fx.admin.post('/api/forms', FORM)).status).toBe(201);
    expect((await fx.admin.post('/api/groups', GROUP)).status).toBe(201);
  });

  /** A new service type whose version 1 is the blank diagram; the modeler opened on it. */
  async function openBlankType(prefix: string): Promise<string> {
    const key = uniqueProcessId(prefix);
    expect((await fx.admin.post('/api/service-types', { key, names: { 'zh-CN': '回访', en: 'Visit' }, category: 'test' })).status).toBe(201);
    expect((await fx.admin.post(`/api/service-types/${key}/versions`, { bpmnXml: blankDiagram(key) })).status).toBe(201);
    await page.goto(`${fx.running.url}/studio/processes/${key}`);
    await waitForElement(page, 'start');
    await remove(page, 'end');
    return key;
  }

  const errorsListed = () => page.locator('[data-testid^="problem-"][data-category="error"]');

  it('given a blank service type, when a user task with a form and an SMS task are drawn and published, then a case shows the task with its form and completing it sends the SMS', async () => {
    const key = await openBlankType('modeler_a');
    const visit = await replaceWith(page, await append(page, 'start'), 'replace-with-user-task');
    await openGroup(page, 'careflowUserTask');
    await entry(page, 'careflow-form').locator('select').selectOption(FORM.key);
    await entry(page, `careflow-group-${GROUP.key}`).locator('input[type=checkbox]').check();
    await entry(page, 'careflow-due-mode').locator('select').selectOption('relative');
    await entry(page, 'careflow-due-value').locator('input').fill('PT4H');
    await entry(page, 'careflow-priority').locator('select').selectOption('high');
    // The bound form, previewed as the worker will see it.
    await page.getByTestId('design-form-preview').getByText('回访结果').waitFor();

    await append(page, visit);
    await applyTemplate(page, 'careflow.sms');
    const sms = await page.locator('.djs-element.selected').first().getAttribute('data-element-id');
    await openGroup(page, 'ElementTemplates__CustomProperties-input');
    await fillFeel(page, 'custom-entry-careflow.sms-input-0', 'phones');
    await entry(page, 'custom-entry-careflow.sms-input-3').locator('textarea').fill('王秀英老人回访已完成');
    await append(page, sms!, 'append.end-event');

    await expect(errorsListed().count()).resolves.toBe(0);
    // Nothing catches the SMS task's errors: a warning, not a reason to refuse publishing.
    await page.locator(`[data-testid="problem-${sms}"][data-category="warn"]`).filter({ hasText: '未捕获错误 NO_RECIPIENTS, SMS_RATE_LIMITED' }).waitFor();
    await page.getByTestId('design-publish').click();
    await page.locator('[data-testid="design-version"][data-status="published"]').waitFor();

    // The published XML holds what the panel set.
    const type = (await fx.admin.get<{ serviceType: { publishedVersion: number } }>(`/api/service-types/${key}`)).body.serviceType;
    const xml = (await fx.admin.get<Version>(`/api/service-types/${key}/versions/${type.publishedVersion}`)).body.version.bpmnXml;
    expect(xml).toContain(`<zeebe:formDefinition formKey="${FORM.key}"`);
    expect(xml).toContain(`candidateGroups="${GROUP.key}"`);
    expect(xml).toContain('dueDate="=now() + duration(&#34;PT4H&#34;)"');
    expect(xml).toMatch(/<zeebe:input source="=&#34;high&#34;" target="priority"/);
    expect(xml).toContain('type="careflow:sms:1"');
    expect(xml).toContain('zeebe:modelerTemplate="careflow.sms"');

    const opened = await fx.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: key, channel: 'phone', variables: { phones: ['13800138000'] } });
    expect(opened.status).toBe(201);
    const caseId = opened.body.case.id;
    const task = await eventually(async () => (await fx.admin.get<CaseDetail>(`/api/cases/${caseId}`)).body.tasks.find((t) => t.elementId === visit), 30_000, 'the visit task');
    const view = (await fx.admin.get<TaskAnswer>(`/api/tasks/${task.id}`)).body.task;
    expect(view).toMatchObject({ formKey: FORM.key, candidateGroups: [GROUP.key], priorityRank: 1 });
    expect(Date.parse(view.dueAt!) - Date.now()).toBeGreaterThan(3.5 * 3600_000);

    await page.goto(`${fx.running.url}/tasks/${task.id}`);
    await page.getByTestId('task-form').locator('label', { hasText: '回访结果' }).waitFor();
    expect((await fx.admin.post(`/api/tasks/${task.id}/complete`, { variables: { note: '老人身体良好' } })).status).toBe(200);
    const messages = await eventually(async () => {
      const { messages } = (await fx.admin.get<{ messages: { phone: string; content: string }[] }>(`/api/sms?caseId=${caseId}`)).body;
      return messages.length > 0 ? messages : undefined;
    }, 30_000, 'the SMS of the case');
    expect(messages).toEqual([expect.objectContaining({ phone: '13800138000', content: '王秀英老人回访已完成' })]);
  });

  it('given a user task without a form, when it is drawn, then lint marks it, lists the problem and publishing is disabled and refused', async () => {
    const key = await openBlankType('modeler_b');
    const bare = await replaceWith(page, await append(page, 'start'), 'replace-with-user-task');
    await append(page, bare, 'append.end-event');

    const listed = page.getByTestId(`problem-${bare}`).filter({ hasText: '用户任务未绑定表单' });
    await listed.waitFor();
    await expect(listed.getAttribute('data-category')).resolves.toBe('error');
    await page.locator(`.djs-overlays[data-container-id="${bare}"] .bjsl-overlay`).waitFor();
    await expect(page.getByTestId('design-publish').isDisabled()).resolves.toBe(true);

    await page.getByTestId('design-save').click();
    await page.locator('[data-testid="design-version"][data-version="2"]').waitFor();
    const refused = await fx.admin.post<{ error: { details: { problems: Problem[] } } }>(`/api/service-types/${key}/publish`, { version: 2 });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.problems).toEqual([expect.objectContaining({ elementId: bare, message: expect.stringContaining('no form') })]);

    // Binding a form clears the mark and enables publishing.
    await shape(page, bare).click();
    await openGroup(page, 'careflowUserTask');
    await entry(page, 'careflow-form').locator('select').selectOption(FORM.key);
    await listed.waitFor({ state: 'detached' });
    await expect(page.getByTestId('design-publish').isEnabled()).resolves.toBe(true);
  });

  it('given a diagram from another BPMN tool, when it is imported, then what Zeebe cannot run (a complex gateway, a message without correlation key, a bad timer) and what bpmn-js could not read are listed, and export keeps it all', async () => {
    await openBlankType('modeler_c');
    await page.getByTestId('design-import-input').setInputFiles({ name: 'other.bpmn', mimeType: 'application/xml', buffer: Buffer.from(FOREIGN) });
    await waitForElement(page, 'decide');

    // Zeebe's own compat messages are shown in zh-CN like CareFlow's.
    const gateway = page.getByTestId('problem-decide').filter({ hasText: 'Zeebe 不支持 <bpmn:ComplexGateway> 类型的元素' });
    await gateway.waitFor();
    await expect(gateway.getAttribute('data-category')).resolves.toBe('error');
    await page.locator('[data-testid^="problem-"]', { hasText: '导入' }).filter({ hasText: 'nowhere' }).waitFor();
    // Zeebe 8.5's own rules (bpmnlint-plugin-camunda-compat): a message needs a correlation key, a timer ISO 8601.
    for (const [id, says] of [['wait_reply', 'zeebe:Subscription'], ['wait_a_day', '<one day>']]) {
      const listed = page.getByTestId(`problem-${id}`).filter({ hasText: says });
      await listed.waitFor();
      await expect(listed.getAttribute('data-category')).resolves.toBe('error');
    }
    await expect(page.getByTestId('design-publish').isDisabled()).resolves.toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('design-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^modeler_c_[0-9a-f]+-v1\.bpmn$/);
    const exported = fs.readFileSync((await download.path())!, 'utf8');
    expect(exported).toMatch(/complexGateway id="decide"/);
    expect(exported).toContain('camunda:historyTimeToLive="P30D"');
  });

  it('given the engine\'s case-event template, when it is picked in the chooser with an event of the analyst\'s own and published, then a case writes that event with its note to the timeline', async () => {
    const key = await openBlankType('modeler_d');
    await append(page, 'start');
    await applyTemplate(page, 'careflow.case-event');
    const note = await selectedId(page);
    await openGroup(page, 'ElementTemplates__CustomProperties-input');
    const field = (label: string) => page.locator('[data-entry-id^="custom-entry-careflow.case-event"]').filter({ has: page.getByText(label, { exact: true }) });
    const typeInto = async (label: string, text: string) => {
      await field(label).locator('input:not([type=checkbox]), textarea, .cm-content').first().click();
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText(text);
    };
    // The known events are offered by name; "other" reveals a field for a name of one's own.
    await expect(field('事件').locator('option').allTextContents()).resolves.toEqual(expect.arrayContaining(['已办结（closed）', '时限预警（sla.warning）']));
    await field('事件').locator('select').selectOption('other');
    await typeInto('自定义事件名', 'visit.done');
    await typeInto('说明', '回访已登记');
    await append(page, note, 'append.end-event');

    await expect(errorsListed().count()).resolves.toBe(0);
    await page.getByTestId('design-publish').click();
    await page.locator('[data-testid="design-version"][data-status="published"]').waitFor();
    const type = (await fx.admin.get<{ serviceType: { publishedVersion: number } }>(`/api/service-types/${key}`)).body.serviceType;
    const xml = (await fx.admin.get<Version>(`/api/service-types/${key}/versions/${type.publishedVersion}`)).body.version.bpmnXml;
    expect(xml).toContain('zeebe:modelerTemplate="careflow.case-event"');
    expect(xml).toContain('type="careflow:case-event:1"');
    expect(xml).toContain('<zeebe:header key="event" value="other"');

    const opened = await fx.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: key, channel: 'phone', variables: {} });
    expect(opened.status).toBe(201);
    type Timeline = { timeline: { type: string; data: Record<string, unknown> | null }[] };
    const entry = await eventually(async () => (await fx.admin.get<Timeline>(`/api/cases/${opened.body.case.id}`)).body.timeline.find((e) => e.type === 'process.visit.done'), 30_000, 'the case event');
    expect(entry.data).toMatchObject({ elementId: note, message: '回访已登记' });
  });
});
