import fs from 'node:fs';
import path from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import camunda from 'camunda-bpmn-moddle/resources/camunda.json';
import { BpmnImportError, convertFromCamunda8, describeConversionItem, type ConversionResult } from '.';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
type El = Record<string, unknown> & { $type: string; get(name: string): unknown };

/** The converted file read back with the Camunda 7 descriptor only, as the modeler and Operaton read it. */
async function readBack(xml: string) {
  const parsed = (await new BpmnModdle({ camunda }).fromXML(xml)) as unknown as { elementsById: Record<string, El>; warnings: unknown[] };
  return { byId: parsed.elementsById, warnings: parsed.warnings };
}
const io = (element: El) => (element.get('extensionElements') as { values: El[] }).values.find((v) => v.$type === 'camunda:InputOutput') as El;
const params = (element: El, kind: 'inputParameters' | 'outputParameters') =>
  Object.fromEntries((io(element)[kind] as El[]).map((p) => [p.name, p.value ?? (p.definition as El).$type]));
const lines = (items: { elementId: string; message: string }[]) => items.map((i) => `${i.elementId}: ${i.message}`);

describe('the Camunda 8 import', () => {
  let result: ConversionResult;
  let byId: Record<string, El>;
  beforeAll(async () => {
    result = await convertFromCamunda8(fixture('camunda8-every-mapping.bpmn'));
    ({ byId } = await readBack(result.xml));
  });

  it('given a Camunda 8 file, when converted, then nothing in the Zeebe namespace is left and it reads back with no warning', async () => {
    expect(result.xml).not.toMatch(/zeebe/i);
    expect((await readBack(result.xml)).warnings).toEqual([]);
    expect(result.xml).toContain('modeler:executionPlatform="Camunda Platform"');
  });

  it('given task definitions, when converted, then service and send tasks are external tasks on the job type as topic, and retries are reported as not carried', () => {
    expect([byId.sms.get('camunda:type'), byId.sms.get('camunda:topic'), byId.send.get('camunda:topic')]).toEqual(['external', 'careflow.sms:1', 'careflow:notify:1']);
    expect(lines(result.changes)).toContain('sms: Job type careflow.sms:1 became external task topic careflow.sms:1');
    expect(lines(result.notCarried)).toContain('sms: zeebe:taskDefinition retries has no counterpart in Operaton and was not carried: retries="3"');
  });

  it('given headers and FEEL mappings, when converted, then they are input/output parameters in JUEL, lists and maps, and FEEL beyond the subset is kept and listed for review', () => {
    expect(params(byId.sms, 'inputParameters')).toEqual({
      errorCodes: 'NO_RECIPIENTS',
      name: '${elderName}',
      street: '${elder.address.street}',
      mode: 'robot',
      attempts: '${3}',
      content: '案件 ${caseNumber} 已受理',
      groups: 'camunda:List',
      recipients: 'camunda:Map',
      fancy: '=if a = null then "x" else a',
    });
    expect(params(byId.sms, 'outputParameters')).toEqual({ smsSent: '${sms.sent}' });
    const groups = (io(byId.sms).inputParameters as El[]).find((p) => p.name === 'groups')!.definition as El;
    expect((groups.items as El[]).map((i) => i.value)).toEqual(['supervisors', '${groupKey}']);
    expect(result.review).toContainEqual(expect.objectContaining({ elementId: 'sms', code: 'reviewInput', original: '=if a = null then "x" else a', params: { name: 'fancy' } }));
    expect(lines(result.changes)).toContain('sms: Task headers errorCodes became input parameters (external tasks have no headers)');
  });

  it('given form, assignment, schedule and priority, when converted, then the user task carries them as camunda attributes', () => {
    const attrs = ['formKey', 'assignee', 'candidateGroups', 'candidateUsers', 'dueDate', 'followUpDate', 'priority'].map((a) => byId.confirm.get(`camunda:${a}`));
    expect(attrs).toEqual(['emergency-confirm-alarm', '${owner}', 'hotline,supervisors', 'ann,bob', '${caseDueAt}', '2026-12-31T00:00:00Z', '80']);
    expect(byId.embedded.get('camunda:formKey')).toBe('embedded-form');
    expect(result.review).toContainEqual(expect.objectContaining({ elementId: 'embedded', code: 'reviewForm' }));
  });

  it('given conditions, when converted, then the simple subset is JUEL and the rest is kept and listed for review', () => {
    const condition = (id: string) => (byId[id].get('conditionExpression') as El).get('body');
    expect(['gt', 'eq', 'neg', 'both', 'fancyFlow'].map(condition)).toEqual(['${x > 1}', "${a == 'b'}", '${not (x)}', '${x and (y or z != null)}', '=count(list) > 0']);
    expect(result.review).toContainEqual(expect.objectContaining({ elementId: 'fancyFlow', code: 'reviewCondition', original: '=count(list) > 0' }));
  });

  it('given timers, when converted, then names become ${name}, texts become ISO values, ISO stays, and the rest is listed for review', () => {
    const duration = (id: string) => ((byId[id].get('eventDefinitions') as El[])[0].get('timeDuration') as El).get('body');
    expect(['byName', 'byText', 'byIso', 'byIf'].map(duration)).toEqual(['${acceptWithin}', 'PT5M', 'PT1H', '=if w = null then "PT1M" else w']);
    expect(result.review).toContainEqual(expect.objectContaining({ elementId: 'byIf', code: 'reviewTimer' }));
  });

  it('given a call activity, a decision and a multi-instance, when converted, then calledElement with all variables, decisionRef and collection carry', () => {
    expect(byId.call.get('calledElement')).toBe('child_process');
    expect((byId.call.get('extensionElements') as { values: El[] }).values.map((v) => [v.$type, v.variables])).toEqual([['camunda:In', 'all'], ['camunda:Out', 'all']]);
    expect([byId.decide.get('camunda:decisionRef'), byId.decide.get('camunda:resultVariable')]).toEqual(['route_case', 'route']);
    const loop = byId.each.get('loopCharacteristics') as El;
    expect([loop.get('camunda:collection'), loop.get('camunda:elementVariable')]).toEqual(['${relatives}', 'relative']);
    expect(lines(result.notCarried)).toContain('each: zeebe:loopCharacteristics output has no counterpart in Operaton and was not carried: outputCollection="results" outputElement="=outcome"');
  });

  it('given a correlation key, properties, listeners and template links, when converted, then each is named in the report, none dropped silently', () => {
    expect(lines(result.changes)).toContain(
      'accepted: Message provider.accepted: correlation key =dispatch.id is not an attribute in Operaton; CareFlow correlates by business key (case number) or process variables',
    );
    expect(result.notCarried.map((p) => [p.elementId, p.params.what])).toEqual(
      expect.arrayContaining([
        ['sms', 'zeebe:modelerTemplate'],
        ['sms', 'zeebe:modelerTemplateVersion'],
        ['confirm', 'zeebe:properties'],
        ['confirm', 'zeebe:executionListeners'],
        ['confirm', 'zeebe:taskListeners'],
        ['every_mapping', 'zeebe:userTaskForm'],
      ]),
    );
    expect(result.notCarried.find((p) => p.params.what === 'zeebe:properties')!.original).toContain('name="color" value="red"');
  });

  it('given an executable process without a time to live, when converted with and without a parameter, then P180D or the given one is added', async () => {
    expect(byId.every_mapping.get('camunda:historyTimeToLive')).toBe('P180D');
    const custom = await convertFromCamunda8(fixture('camunda8-every-mapping.bpmn'), { historyTimeToLive: 'P30D' });
    expect(custom.xml).toContain('camunda:historyTimeToLive="P30D"');
  });

  it('given report lines, when shown in zh-CN, then they read in Chinese with their values', () => {
    const external = result.changes.find((c) => c.code === 'external')!;
    expect(describeConversionItem(external, 'zh-CN')).toBe('作业类型 careflow.sms:1 已转为外部任务主题 careflow.sms:1');
    expect(describeConversionItem(external, 'en')).toBe(external.message);
    for (const item of [...result.changes, ...result.notCarried, ...result.review]) expect(describeConversionItem(item, 'zh-CN')).not.toBe(item.message);
  });
});

const C8_WITHOUT_DI = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="x">
  <bpmn:process id="bare" isExecutable="true"><bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
  <bpmn:serviceTask id="t"><bpmn:extensionElements><zeebe:taskDefinition type="careflow:echo:1"/></bpmn:extensionElements><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:serviceTask>
  <bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
  <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t"/><bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e"/></bpmn:process>
</bpmn:definitions>`;

const C7 = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="x">
  <bpmn:process id="c7" isExecutable="true" camunda:historyTimeToLive="P1D"><bpmn:startEvent id="s"/><bpmn:userTask id="u" camunda:formKey="intake-form" camunda:candidateGroups="agents"/></bpmn:process>
  <bpmndi:BPMNDiagram id="dd"><bpmndi:BPMNPlane id="pl" bpmnElement="c7"><bpmndi:BPMNShape id="s_di" bpmnElement="s"><dc:Bounds x="1" y="1" width="36" height="36"/></bpmndi:BPMNShape></bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

describe('the import of other files', () => {
  it('given a Camunda 8 file without diagram data, when converted, then it is laid out and the report says so', async () => {
    const result = await convertFromCamunda8(C8_WITHOUT_DI);
    expect(result.changes.map((c) => c.code)).toEqual(['external', 'ttl', 'layout']);
    expect(result.xml).toMatch(/<bpmndi:BPMNShape id="t_di" bpmnElement="t">\s*<dc:Bounds/);
    expect(result.xml).toContain('camunda:topic="careflow:echo:1"');
  });

  it('given a Camunda 7 / Operaton file, when imported, then it passes through unchanged with an empty report', async () => {
    expect(await convertFromCamunda8(C7)).toEqual({ xml: C7, changes: [], notCarried: [], review: [] });
  });

  it.each([
    ['truncated XML', '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process', /not well-formed XML/],
    ['text that is not XML', 'hello', /not well-formed XML/],
    ['XML that is not BPMN', '<?xml version="1.0"?><note><to>x</to></note>', /not a BPMN 2\.0 diagram/],
  ])('given %s, when imported, then it is a clear import error and nothing is produced', async (_, xml, message) => {
    const error = await convertFromCamunda8(xml).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BpmnImportError);
    expect((error as BpmnImportError).message).toMatch(message);
  });

  it('given connector tasks with and without output mappings, when converted with the connectors’ outputs, then only the ones without get an output parameter per declared output', async () => {
    const c8 = `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="x">
      <bpmn:process id="p" isExecutable="true"><bpmn:startEvent id="s"/>
      <bpmn:serviceTask id="call"><bpmn:extensionElements><zeebe:taskDefinition type="careflow:call:1"/><zeebe:ioMapping><zeebe:input source="=phone" target="to"/></zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>
      <bpmn:serviceTask id="echo"><bpmn:extensionElements><zeebe:taskDefinition type="careflow:echo:1"/><zeebe:ioMapping><zeebe:output source="=echo.message" target="said"/></zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>
      </bpmn:process></bpmn:definitions>`;
    const converted = await convertFromCamunda8(c8, { connectorOutputs: { 'careflow:call:1': ['call'], 'careflow:echo:1': ['echo'] } });
    const { byId: read } = await readBack(converted.xml);
    // On Zeebe the call's result reached the process by itself: on Operaton its output parameter carries it.
    expect(params(read.call, 'outputParameters')).toEqual({ call: '${call}' });
    expect(params(read.call, 'inputParameters')).toEqual({ to: '${phone}', call: '${null}' });
    // The analyst mapped the echo's result: that mapping is all that goes on.
    expect(params(read.echo, 'outputParameters')).toEqual({ said: '${echo.message}' });
  });
});
