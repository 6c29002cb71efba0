import { Page } from 'playwright-core';
import { OperatonRest } from '../../engine/src/operaton/rest';
import { uniqueProcessId } from '../../engine/test/support/operaton-fixtures';
import { ECHO_TEMPLATE_C7 } from '../../engine/test/support/camunda7-fixtures';
import { append, applyTemplate, entry, openGroup, remove, replaceWith, shape, waitForElement } from '../../engine/test/support/modeler-browser';
import { useModelerHarness } from '../../engine/test/support/modeler-harness';

const FORM = { key: 'visit-check', title: '回访确认' };
const GROUPS = [{ key: 'visitors', name: '回访组' }, { key: 'supervisors', name: '班长组' }];
type Problem = { elementId?: string; message: string; source: string; category: string };
type Harness = {
  open(options: unknown): Promise<Problem[]>;
  importXml(xml: string): Promise<Problem[]>;
  exportXml(): Promise<string>;
};
const harness = (page: Page) => ({
  open: (options: Record<string, unknown>) => page.evaluate((o) => (globalThis as unknown as { careflowHarness: Harness }).careflowHarness.open(o), options),
  importXml: (xml: string) => page.evaluate((x) => (globalThis as unknown as { careflowHarness: Harness }).careflowHarness.importXml(x), xml),
  exportXml: () => page.evaluate(() => (globalThis as unknown as { careflowHarness: Harness }).careflowHarness.exportXml()),
});
const DATA = { forms: [FORM], groups: GROUPS };

/** A Camunda 8 diagram: a job worker task and a Zeebe user task with its form and assignment. */
const CAMUNDA8 = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="c8" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="from_c8" isExecutable="true">
    <bpmn:startEvent id="begin"/>
    <bpmn:serviceTask id="send_sms" zeebe:modelerTemplate="careflow.sms"><bpmn:extensionElements><zeebe:taskDefinition type="careflow:sms:1" retries="3"/></bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:userTask id="confirm"><bpmn:extensionElements><zeebe:formDefinition formKey="visit-check"/><zeebe:assignmentDefinition candidateGroups="visitors"/></bpmn:extensionElements></bpmn:userTask>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="p" bpmnElement="from_c8">
    <bpmndi:BPMNShape id="begin_di" bpmnElement="begin"><dc:Bounds x="100" y="100" width="36" height="36"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="send_sms_di" bpmnElement="send_sms"><dc:Bounds x="200" y="78" width="100" height="80"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="confirm_di" bpmnElement="confirm"><dc:Bounds x="350" y="78" width="100" height="80"/></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

/** A Camunda 7 diagram from another tool: a form key the library lacks, a numeric priority of its own, a due date from a variable. */
const CAMUNDA7 = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="c7" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="from_c7" isExecutable="true" camunda:historyTimeToLive="P30D">
    <bpmn:userTask id="review" camunda:formKey="legacy-review" camunda:candidateGroups="supervisors,auditors" camunda:priority="60" camunda:dueDate="\${reviewDueAt}"/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="p" bpmnElement="from_c7">
    <bpmndi:BPMNShape id="review_di" bpmnElement="review"><dc:Bounds x="200" y="78" width="100" height="80"/></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

/** 流程设计 for Camunda 7 / Operaton: the modeler on its own test page (modeler/harness), and the engine it targets. */
describe('the Camunda 7 modeler in Chromium', () => {
  const fx = useModelerHarness('camunda7/index.html');
  const rest = new OperatonRest({ baseUrl: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL! });
  const deployments: string[] = [];
  let page: Page;

  beforeAll(() => {
    page = fx.page;
  });
  afterAll(async () => {
    // The echo task is still waiting: its output mapping has nothing to read when the instance goes.
    for (const id of deployments) await rest.delete(`/deployment/${id}`, { cascade: true, skipIoMappings: true });
  });

  it('given a new diagram, when a user task gets a form, candidates, an assignee, dates and a priority in the panel and a service task the echo template, then the XML carries them in camunda: attributes and Operaton runs it', async () => {
    const processId = uniqueProcessId('modeler_c7');
    await expect(harness(page).open({ data: DATA, templates: [ECHO_TEMPLATE_C7], processId })).resolves.toEqual([]);
    await waitForElement(page, 'start');
    await remove(page, 'end');

    const visit = await replaceWith(page, await append(page, 'start'), 'replace-with-user-task');
    const handling = await openGroup(page, 'careflowUserTask');
    // zh-CN: CareFlow's group and the Camunda 7 provider's own groups.
    await handling.getByText('办理设置', { exact: true }).waitFor();
    for (const label of ['表单', '候选用户', '办理人', '截止时间', '优先级']) await handling.getByText(label, { exact: true }).first().waitFor();
    for (const group of ['异步延续', '任务监听器', '执行监听器']) await page.locator('.bio-properties-panel-group-header-title').getByText(group, { exact: true }).waitFor();
    // The Camunda 7 provider's raw assignment and form groups are replaced by CareFlow's pickers.
    await expect(page.locator('[data-group-id="group-CamundaPlatform__UserAssignment"], [data-group-id="group-CamundaPlatform__Form"]').count()).resolves.toBe(0);

    await entry(page, 'careflow-form').locator('select').selectOption(FORM.key);
    await entry(page, 'careflow-group-visitors').locator('input[type=checkbox]').check();
    await entry(page, 'careflow-candidate-users').locator('input').fill('wangli');
    await entry(page, 'careflow-assignee').locator('input').fill('zhaomin');
    await entry(page, 'careflow-due-mode').locator('select').selectOption('relative');
    await entry(page, 'careflow-due-value').locator('input').fill('PT4H');
    await entry(page, 'careflow-follow-up-mode').locator('select').selectOption('fixed');
    await entry(page, 'careflow-follow-up-value').locator('input').fill('2030-06-01T09:00:00+08:00');
    await entry(page, 'careflow-priority').locator('select').selectOption('high');

    const echo = await append(page, visit);
    await applyTemplate(page, 'careflow.echo');
    await openGroup(page, 'ElementTemplates__CustomProperties-input');
    await page.locator('[data-entry-id^="custom-entry-careflow.echo"]').filter({ has: page.getByText('消息', { exact: true }) }).locator('input').fill('回访已完成');
    await page.locator('[data-group-id="group-ElementTemplates__Template"]').getByText('已应用').waitFor();
    await append(page, echo, 'append.end-event');
    // Debounced fields write on a timer: leave the panel so every value is in the model.
    await shape(page, 'start').click();

    const xml = await harness(page).exportXml();
    expect(xml).toContain(`<bpmn:process id="${processId}" name="测试流程" isExecutable="true" camunda:historyTimeToLive="P180D">`);
    expect(xml).toMatch(new RegExp(`<bpmn:userTask id="${visit}"[^>]* camunda:formKey="visit-check"`));
    expect(xml).toContain('camunda:candidateGroups="visitors"');
    expect(xml).toContain('camunda:candidateUsers="wangli"');
    expect(xml).toContain('camunda:assignee="zhaomin"');
    expect(xml).toContain('camunda:dueDate="PT4H"');
    expect(xml).toContain('camunda:followUpDate="2030-06-01T09:00:00+08:00"');
    expect(xml).toContain('camunda:priority="75"');
    expect(xml).toMatch(new RegExp(`<bpmn:serviceTask id="${echo}" camunda:modelerTemplate="careflow.echo" camunda:modelerTemplateVersion="1" camunda:type="external" camunda:topic="careflow.echo:1">`));
    expect(xml).toContain('<camunda:inputParameter name="message">回访已完成</camunda:inputParameter>');
    expect(xml).not.toMatch(/zeebe/i);

    // Operaton parses it, and runs what the panel set: the task's form, candidates, priority and due date, then the external task.
    const form = new FormData();
    form.append('deployment-name', processId);
    form.append(`${processId}.bpmn`, new Blob([xml], { type: 'application/xml' }), `${processId}.bpmn`);
    const deployment = await rest.postForm<{ id: string; deployedProcessDefinitions: Record<string, { key: string }> }>('/deployment/create', form);
    deployments.push(deployment.id);
    expect(Object.values(deployment.deployedProcessDefinitions).map((d) => d.key)).toEqual([processId]);

    const started = await rest.post<{ id: string }>(`/process-definition/key/${processId}/start`, { businessKey: 'GD-C7-1' });
    const [task] = await rest.get<{ id: string; taskDefinitionKey: string; formKey: string; assignee: string; priority: number; due: string; followUp: string }[]>('/task', { processInstanceId: started.id });
    expect(task).toMatchObject({ taskDefinitionKey: visit, formKey: FORM.key, assignee: 'zhaomin', priority: 75 });
    // Operaton writes offsets as +0000; Date.parse wants +00:00.
    const time = (text: string) => Date.parse(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
    expect(time(task.followUp)).toBe(Date.parse('2030-06-01T09:00:00+08:00'));
    const dueInHours = (time(task.due) - Date.now()) / 3600_000;
    expect(dueInHours).toBeGreaterThan(3.5);
    expect(dueInHours).toBeLessThanOrEqual(4);
    const links = await rest.get<{ type: string; groupId: string | null; userId: string | null }[]>(`/task/${task.id}/identity-links`, { type: 'candidate' });
    expect(links.map((l) => l.groupId ?? `user:${l.userId}`).sort()).toEqual(['user:wangli', 'visitors']);

    await rest.post(`/task/${task.id}/complete`, {});
    const external = await rest.get<{ topicName: string; activityId: string }[]>('/external-task', { processInstanceId: started.id });
    expect(external).toEqual([expect.objectContaining({ topicName: 'careflow.echo:1', activityId: echo })]);
  });

  it('given a Camunda 8 file, when it is imported, then a warning names its Zeebe elements and points to the Camunda 8 import converter, and export keeps that content', async () => {
    await harness(page).open({ data: DATA, templates: [ECHO_TEMPLATE_C7] });
    const problems = await harness(page).importXml(CAMUNDA8);
    expect(problems[0]).toEqual({ elementId: 'send_sms', source: 'import', category: 'warn', message: expect.stringContaining('请用“Camunda 8 导入转换”打开') });
    expect(problems[0].message).toContain('（send_sms, confirm）');
    await waitForElement(page, 'confirm');

    // Nothing is dropped: the converter gets the file as it came.
    const xml = await harness(page).exportXml();
    expect(xml).toContain('<zeebe:taskDefinition type="careflow:sms:1" retries="3" />');
    expect(xml).toContain('<zeebe:assignmentDefinition candidateGroups="visitors" />');
    expect(xml).toContain('zeebe:modelerTemplate="careflow.sms"');
  });

  it('given a Camunda 7 file from another tool, when it is opened, then the panel shows its own form key, groups, priority and due date, and export keeps them unchanged', async () => {
    await expect(harness(page).open({ data: DATA, templates: [ECHO_TEMPLATE_C7], xml: CAMUNDA7 })).resolves.toEqual([]);
    await shape(page, 'review').click();
    await openGroup(page, 'careflowUserTask');
    const selectedText = (id: string) => entry(page, id).locator('select option:checked').textContent();
    await expect(selectedText('careflow-form')).resolves.toBe('表单库中没有：legacy-review');
    await expect(selectedText('careflow-priority')).resolves.toBe('自定义：60');
    await expect(selectedText('careflow-due-mode')).resolves.toBe('取自流程变量');
    await expect(entry(page, 'careflow-due-value').locator('input').inputValue()).resolves.toBe('reviewDueAt');
    await expect(entry(page, 'careflow-group-supervisors').locator('input[type=checkbox]').isChecked()).resolves.toBe(true);

    // Ticking a known group keeps the one the library does not know.
    await entry(page, 'careflow-group-visitors').locator('input[type=checkbox]').check();
    const xml = await harness(page).exportXml();
    for (const kept of ['camunda:formKey="legacy-review"', 'camunda:candidateGroups="supervisors,auditors,visitors"', 'camunda:priority="60"', 'camunda:dueDate="${reviewDueAt}"']) expect(xml).toContain(kept);
    expect(xml).toContain('camunda:historyTimeToLive="P30D"');
  });

  it('given a file that is not BPMN, when it is imported, then import fails with the reader\'s reason and the open diagram stays', async () => {
    await harness(page).open({ data: DATA, templates: [ECHO_TEMPLATE_C7], xml: CAMUNDA7 });
    await expect(harness(page).importXml('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><oops')).rejects.toThrow(/unparsable content|failed to parse/i);
    await expect(harness(page).exportXml()).resolves.toContain('<bpmn:userTask id="review"');
  });
});
