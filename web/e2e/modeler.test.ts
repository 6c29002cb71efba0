import fs from 'node:fs';
import { rowDiagram } from '../../engine/test/support/bpmn-diagram';
import { Page } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { OperatonRest } from '../../engine/src/operaton/rest';
import { eventually } from '../../engine/test/support/api-client';
import { uniqueProcessId } from '../../engine/test/support/operaton-fixtures';
import { useAdminPage } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { append, applyTemplate, blankDiagram, entry, openGroup, remove, replaceWith, selectedId, shape, waitForElement } from '../../engine/test/support/modeler-browser';
import { useTestEngine } from '../../engine/test/support/test-engine';

const FORM = { key: 'visit-check', title: '回访确认', schema: { type: 'object', properties: { note: { type: 'string', title: '回访结果', 'x-decorator': 'FormItem', 'x-component': 'Input' } } } };
const GROUP = { key: 'visitors', name: '回访组' };
type Version = { version: { version: number; status: string; bpmnXml: string } };
type Problem = { elementId?: string; message: string; messageEn?: string; severity?: string };
type CaseDetail = { tasks: { id: string; elementId: string; status: string }[] };
/**
 * Drawn in another BPMN tool (Camunda 7): a complex gateway, a dangling flow, a message event and a
 * timer that is no ISO 8601 duration.
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
type TaskAnswer = { task: { formKey: string; dueAt: string | null; candidateGroups: string[]; priorityRank: number } };
type Timeline = { case: { status: string }; timeline: { type: string; data: Record<string, unknown> | null }[] };

/** A blank start → end process (engine/test/support/modeler-browser) made a Camunda 7 one: the camunda: namespace and a history time to live. */
const camunda7Blank = (processId: string) =>
  blankDiagram(processId)
    .replace('<bpmn:definitions ', '<bpmn:definitions xmlns:camunda="http://camunda.org/schema/1.0/bpmn" ')
    .replace('isExecutable="true">', 'isExecutable="true" camunda:historyTimeToLive="P1D">');

/** Exported from Camunda 8 (Zeebe): a user task with its form and candidate group, and a job worker task on the echo connector. */
const CAMUNDA8 = (processId: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="c8" targetNamespace="http://bpmn.io/schema/bpmn" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.5.0">
  <bpmn:process id="${processId}" isExecutable="true">
    <bpmn:startEvent id="start"/>
    <bpmn:userTask id="confirm" name="回访确认"><bpmn:extensionElements><zeebe:formDefinition formKey="${FORM.key}"/><zeebe:assignmentDefinition candidateGroups="${GROUP.key}"/></bpmn:extensionElements></bpmn:userTask>
    <bpmn:serviceTask id="echo" name="回声"><bpmn:extensionElements><zeebe:taskDefinition type="careflow:echo:1" retries="3"/><zeebe:ioMapping><zeebe:input source="=&#34;回访已确认&#34;" target="message"/></zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:endEvent id="end"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="confirm"/><bpmn:sequenceFlow id="f2" sourceRef="confirm" targetRef="echo"/><bpmn:sequenceFlow id="f3" sourceRef="echo" targetRef="end"/>
  </bpmn:process>
  ${rowDiagram(processId, 'confirm', 'echo')}
</bpmn:definitions>`;

/** 流程设计: drawing a service process in the modeler, publishing it, and the case it runs. */
describe('the process modeler in Chromium', () => {
  // WEB_DIST names a build of its own (parallel builds would clash over web/dist); test engines read no env.
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 } });
  const chromium = useAdminPage(fx);
  const rest = new OperatonRest({ baseUrl: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL! });
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
    expect((await fx.admin.post(`/api/service-types/${key}/versions`, { bpmnXml: camunda7Blank(key) })).status).toBe(201);
    await page.goto(`${fx.running.url}/studio/processes/${key}`);
    await waitForElement(page, 'start');
    await remove(page, 'end');
    return key;
  }

  const errorsListed = () => page.locator('[data-testid^="problem-"][data-category="error"]');
  /** A field of the applied Camunda 7 template, by its label. */
  const templateField = (templateId: string, label: string) => page.locator(`[data-entry-id^="custom-entry-${templateId}"]`).filter({ has: page.getByText(label, { exact: true }) });

  it('given a blank service type, when a user task with a form and an SMS task are drawn and published, then the camunda: XML deploys on Operaton, a case shows the task with its form and completing it sends the SMS', async () => {
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
    const sms = await selectedId(page);
    await openGroup(page, 'ElementTemplates__CustomProperties-input');
    await templateField('careflow.sms', '收件人').locator('input').fill('${phones}');
    await templateField('careflow.sms', '短信内容').locator('textarea').fill('王秀英老人回访已完成');
    await append(page, sms, 'append.end-event');
    // Debounced fields write on a timer: leave the panel so every value is in the model.
    await shape(page, 'start').click();

    await expect(errorsListed().count()).resolves.toBe(0);
    await page.getByTestId('design-publish').click();
    await page.locator('[data-testid="design-version"][data-status="published"]').waitFor();

    // The published XML holds what the panel set.
    const type = (await fx.admin.get<{ serviceType: { publishedVersion: number } }>(`/api/service-types/${key}`)).body.serviceType;
    const xml = (await fx.admin.get<Version>(`/api/service-types/${key}/versions/${type.publishedVersion}`)).body.version.bpmnXml;
    expect(xml).toContain(`camunda:historyTimeToLive="P1D"`);
    expect(xml).toMatch(new RegExp(`<bpmn:userTask id="${visit}"[^>]* camunda:formKey="${FORM.key}"`));
    expect(xml).toContain(`camunda:candidateGroups="${GROUP.key}"`);
    expect(xml).toContain('camunda:dueDate="PT4H"');
    expect(xml).toContain('camunda:priority="75"');
    expect(xml).toMatch(new RegExp(`<bpmn:serviceTask id="${sms}" camunda:modelerTemplate="careflow.sms"[^>]* camunda:type="external" camunda:topic="careflow:sms:1"`));
    expect(xml).toContain('<camunda:inputParameter name="recipients">${phones}</camunda:inputParameter>');
    expect(xml).toContain('<camunda:inputParameter name="content">王秀英老人回访已完成</camunda:inputParameter>');
    expect(xml).not.toMatch(/zeebe/i);

    const opened = await fx.admin.post<{ case: { id: string; processInstanceKey: string } }>('/api/cases', { serviceType: key, channel: 'phone', variables: { phones: ['13800138000'] } });
    expect(opened.status).toBe(201);
    // An Operaton process instance (a UUID string, not a Zeebe key).
    expect(opened.body.case.processInstanceKey).toMatch(/^[\w-]{8,64}$/);
    const caseId = opened.body.case.id;
    const task = await eventually(async () => (await fx.admin.get<CaseDetail>(`/api/cases/${caseId}`)).body.tasks.find((t) => t.elementId === visit), 30_000, 'the visit task');
    const view = (await fx.admin.get<TaskAnswer>(`/api/tasks/${task.id}`)).body.task;
    // The panel's 高 is camunda:priority 75 on the engine's task, and ranks the task high in the inbox (the case is normal).
    expect(view).toMatchObject({ formKey: FORM.key, candidateGroups: [GROUP.key], priorityRank: 1 });
    const [engineTask] = await rest.get<{ priority: number }[]>('/task', { processInstanceId: opened.body.case.processInstanceKey, taskDefinitionKey: visit });
    expect(engineTask.priority).toBe(75);
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

    const listed = page.getByTestId(`problem-${bare}`).filter({ hasText: `用户任务 ${bare} 未绑定表单` });
    await listed.waitFor();
    await expect(listed.getAttribute('data-category')).resolves.toBe('error');
    await page.locator(`.djs-overlays[data-container-id="${bare}"] .bjsl-overlay`).waitFor();
    await expect(page.getByTestId('design-publish').isDisabled()).resolves.toBe(true);

    await page.getByTestId('design-save').click();
    await page.locator('[data-testid="design-version"][data-version="2"]').waitFor();
    const refused = await fx.admin.post<{ error: { details: { problems: Problem[] } } }>(`/api/service-types/${key}/publish`, { version: 2 });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.problems).toEqual([expect.objectContaining({ elementId: bare, messageEn: expect.stringContaining('has no form'), severity: 'error' })]);

    // Binding a form clears the mark and enables publishing.
    await shape(page, bare).click();
    await openGroup(page, 'careflowUserTask');
    await entry(page, 'careflow-form').locator('select').selectOption(FORM.key);
    await listed.waitFor({ state: 'detached' });
    await expect(page.getByTestId('design-publish').isEnabled()).resolves.toBe(true);
  });

  it('given a diagram from another BPMN tool, when it is imported, then what Operaton cannot run (a bad timer) and what bpmn-js could not read are listed, and export keeps it all', async () => {
    await openBlankType('modeler_c');
    await page.getByTestId('design-import-input').setInputFiles({ name: 'other.bpmn', mimeType: 'application/xml', buffer: Buffer.from(FOREIGN) });
    await waitForElement(page, 'decide');

    // A Camunda 7 file opens as it is: nothing converted, so no converter report.
    await expect(page.locator('[data-testid^="problem-"][data-category="info"]').count()).resolves.toBe(0);
    await page.locator('[data-testid^="problem-"]', { hasText: '导入' }).filter({ hasText: 'nowhere' }).waitFor();
    // The Camunda 7 rules, in zh-CN: a timer needs ISO 8601 (the engine would only fail when it is due).
    const timer = page.getByTestId('problem-wait_a_day').filter({ hasText: '定时器 wait_a_day：one day 不是 ISO 8601 时长' });
    await timer.waitFor();
    await expect(timer.getAttribute('data-category')).resolves.toBe('error');
    await expect(page.getByTestId('design-publish').isDisabled()).resolves.toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('design-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^modeler_c_[0-9a-f]+-v1\.bpmn$/);
    const exported = fs.readFileSync((await download.path())!, 'utf8');
    expect(exported).toMatch(/complexGateway id="decide"/);
    expect(exported).toContain('camunda:historyTimeToLive="P30D"');
    expect(exported).toMatch(/messageRef="reply"/);
  });

  it('given a Camunda 8 (Zeebe) file, when it is imported, then it opens converted to camunda: BPMN with the converter\'s report listed, and published it runs on Operaton', async () => {
    const key = await openBlankType('modeler_e');
    await page.getByTestId('design-import-input').setInputFiles({ name: 'camunda8.bpmn', mimeType: 'application/xml', buffer: Buffer.from(CAMUNDA8(key)) });
    await waitForElement(page, 'confirm');

    // The converter's report, in zh-CN, as import lines.
    for (const [id, says] of [['confirm', `表单 ${FORM.key} 已转为 camunda:formKey`], ['echo', '作业类型 careflow:echo:1 已转为外部任务主题 careflow:echo:1'], [key, '已补上历史保留期限 P180D']]) {
      await page.getByTestId(`problem-${id}`).filter({ hasText: says }).waitFor();
    }
    await expect(errorsListed().count()).resolves.toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('design-export').click()]);
    const exported = fs.readFileSync((await download.path())!, 'utf8');
    expect(exported).not.toMatch(/zeebe/i);
    expect(exported).toMatch(new RegExp(`<bpmn:userTask id="confirm"[^>]* camunda:formKey="${FORM.key}"`));
    expect(exported).toContain(`camunda:candidateGroups="${GROUP.key}"`);
    expect(exported).toMatch(/<bpmn:serviceTask id="echo"[^>]* camunda:type="external" camunda:topic="careflow:echo:1"/);
    expect(exported).toContain('camunda:historyTimeToLive="P180D"');

    // Publishing saves the converted diagram as v2 and deploys it on Operaton; a case runs it.
    await page.getByTestId('design-publish').click();
    await page.locator('[data-testid="design-version"][data-version="2"][data-status="published"]').waitFor();
    const opened = await fx.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: key, channel: 'phone', variables: {} });
    expect(opened.status).toBe(201);
    const task = await eventually(async () => (await fx.admin.get<CaseDetail>(`/api/cases/${opened.body.case.id}`)).body.tasks.find((t) => t.elementId === 'confirm'), 30_000, 'the confirm task');
    expect((await fx.admin.get<TaskAnswer>(`/api/tasks/${task.id}`)).body.task).toMatchObject({ formKey: FORM.key, candidateGroups: [GROUP.key] });
    expect((await fx.admin.post(`/api/tasks/${task.id}/complete`, { variables: { note: '已回访' } })).status).toBe(200);
    const closed = await eventually(async () => {
      const detail = (await fx.admin.get<Timeline>(`/api/cases/${opened.body.case.id}`)).body;
      return detail.case.status === 'closed' ? detail : undefined;
    }, 30_000, 'the case to close');
    expect(closed.timeline.map((e) => `${e.type}:${String(e.data?.elementId)}`)).toEqual(expect.arrayContaining(['step.completed:confirm', 'step.completed:echo']));
  });

  it('given a Zeebe version stored before the switch to Operaton, when it is opened in 流程设计, then it opens converted and unsaved, and publishing saves and deploys the camunda: model', async () => {
    const key = uniqueProcessId('modeler_f');
    expect((await fx.admin.post('/api/service-types', { key, names: { 'zh-CN': '回访', en: 'Visit' }, category: 'test' })).status).toBe(201);
    expect((await fx.admin.post(`/api/service-types/${key}/versions`, { bpmnXml: CAMUNDA8(key) })).status).toBe(201);
    await page.goto(`${fx.running.url}/studio/processes/${key}`);
    await waitForElement(page, 'confirm');
    await page.getByTestId('problem-confirm').filter({ hasText: `表单 ${FORM.key} 已转为 camunda:formKey` }).waitFor();
    await expect(errorsListed().count()).resolves.toBe(0);

    await page.getByTestId('design-publish').click();
    await page.locator('[data-testid="design-version"][data-version="2"][data-status="published"]').waitFor();
    const xml = (await fx.admin.get<Version>(`/api/service-types/${key}/versions/2`)).body.version.bpmnXml;
    expect(xml).not.toMatch(/zeebe/i);
    expect(xml).toMatch(/<bpmn:serviceTask id="echo"[^>]* camunda:type="external" camunda:topic="careflow:echo:1"/);
    const opened = await fx.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: key, channel: 'phone', variables: {} });
    expect(opened.status).toBe(201);
    await eventually(async () => (await fx.admin.get<CaseDetail>(`/api/cases/${opened.body.case.id}`)).body.tasks.find((t) => t.elementId === 'confirm'), 30_000, 'the confirm task');
  });

  it('given the echo template, when it is picked in the chooser with a message of the analyst\'s own and published, then a case runs that connector; the case-event template (no worker on Operaton) is not offered', async () => {
    const key = await openBlankType('modeler_d');
    await append(page, 'start');
    await page.locator('.bio-properties-panel-select-template-button').click();
    await page.locator('.djs-popup [data-id="apply-template-careflow.echo"]').waitFor();
    await expect(page.locator('.djs-popup [data-id="apply-template-careflow.case-event"]').count()).resolves.toBe(0);
    await page.keyboard.press('Escape');
    await page.locator('.djs-popup').waitFor({ state: 'detached' });

    await applyTemplate(page, 'careflow.echo');
    const note = await selectedId(page);
    await openGroup(page, 'ElementTemplates__CustomProperties-input');
    await templateField('careflow.echo', '消息').locator('textarea, input').first().fill('回访已登记');
    await append(page, note, 'append.end-event');
    await shape(page, 'start').click();

    await expect(errorsListed().count()).resolves.toBe(0);
    await page.getByTestId('design-publish').click();
    await page.locator('[data-testid="design-version"][data-status="published"]').waitFor();
    const type = (await fx.admin.get<{ serviceType: { publishedVersion: number } }>(`/api/service-types/${key}`)).body.serviceType;
    const xml = (await fx.admin.get<Version>(`/api/service-types/${key}/versions/${type.publishedVersion}`)).body.version.bpmnXml;
    expect(xml).toContain('camunda:modelerTemplate="careflow.echo"');
    expect(xml).toContain('camunda:topic="careflow:echo:1"');
    expect(xml).toContain('<camunda:inputParameter name="message">回访已登记</camunda:inputParameter>');

    const opened = await fx.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: key, channel: 'phone', variables: {} });
    expect(opened.status).toBe(201);
    const closed = await eventually(async () => {
      const detail = (await fx.admin.get<Timeline>(`/api/cases/${opened.body.case.id}`)).body;
      return detail.case.status === 'closed' ? detail : undefined;
    }, 30_000, 'the case to close');
    expect(closed.timeline.find((e) => e.type === 'step.completed' && e.data?.elementId === note)).toBeDefined();
  });
});
