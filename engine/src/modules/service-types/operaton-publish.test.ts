import { OperatonRest } from '../../operaton/rest';
import { testDatabases } from '../../../test/support/databases';
import { BPMN_HEADER, caseEvent, chain, echoTask, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';

type Version = { version: number; status: string; bpmnProcessId: string | null; processDefinitionKey: string | null; definitionVersion: number | null; formVersions: Record<string, number> | null };
type Problem = { elementId?: string; message: string; messageEn: string; severity: string; rule?: string };
type Rejected = { error: { code: string; details: { problems: Problem[] } } };
type Definition = { id: string; key: string; version: number };

const rest = new OperatonRest({ baseUrl: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL! });
const SETTINGS = { priority: 'normal', channels: ['phone'], startRoles: ['admin'] };
const FORM = { type: 'object', properties: { note: { type: 'string', title: '备注' } } };
const definitionCount = async (key: string) => (await rest.get<{ count: number }>('/process-definition/count', { key })).count;

/** A process with three problems at once: a user task without a form, a topic no connector works on, a script. */
const brokenModel = (processId: string) =>
  `${BPMN_HEADER}<bpmn:process id="${processId}" isExecutable="true" camunda:historyTimeToLive="P1D"><bpmn:startEvent id="start"/>` +
  `<bpmn:userTask id="noform" name="无表单" camunda:candidateGroups="agents"/>` +
  `<bpmn:serviceTask id="unknown_topic" name="未知连接器" camunda:type="external" camunda:topic="careflow:nothing:1"/>` +
  `<bpmn:scriptTask id="script" name="脚本" scriptFormat="javascript"><bpmn:script>1 + 1</bpmn:script></bpmn:scriptTask><bpmn:endEvent id="end"/>` +
  `<bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="noform"/><bpmn:sequenceFlow id="f2" sourceRef="noform" targetRef="unknown_topic"/>` +
  `<bpmn:sequenceFlow id="f3" sourceRef="unknown_topic" targetRef="script"/><bpmn:sequenceFlow id="f4" sourceRef="script" targetRef="end"/>` +
  `</bpmn:process></bpmn:definitions>`;

describe.each(testDatabases())('publishing service types on Operaton ($name)', ({ create }) => {
  const engine = useTestEngine(create);
  const formKey = uniqueProcessId('op_form');
  const newType = async (key: string) => {
    expect((await engine.admin.post('/api/service-types', { key, names: { 'zh-CN': '上门服务', en: 'Visits' }, category: 'daily-help' })).status).toBe(201);
  };
  const addVersion = async (key: string, bpmnXml: string) => {
    const res = await engine.admin.post<{ version: { version: number } }>(`/api/service-types/${key}/versions`, { bpmnXml, settings: SETTINGS });
    expect(res.status).toBe(201);
    return res.body.version.version;
  };
  const publish = (key: string, version: number) => engine.admin.post<{ version: Version } & Rejected>(`/api/service-types/${key}/publish`, { version });

  beforeAll(async () => {
    expect((await engine.admin.post('/api/forms', { key: formKey, title: '上门登记', schema: FORM })).status).toBe(201);
  });

  it('given an admin, when a service type with a camunda: model and its form is published twice, then each version runs on its own Operaton definition (1, then 2), and publishing v1 again rolls back', async () => {
    const processId = uniqueProcessId('visit');
    const model = (name: string) => chain(processId, [{ id: 'intake', xml: userTask('intake', formKey, 'agents', name) }, { id: 'echo', xml: echoTask('echo') }]);
    await newType('visit');
    const v1 = await addVersion('visit', model('上门登记'));
    const first = await publish('visit', v1);
    expect(first.status).toBe(200);
    expect(first.body.version).toMatchObject({ status: 'published', bpmnProcessId: processId, definitionVersion: 1, formVersions: { [formKey]: 1 } });
    const definition = await rest.get<Definition>(`/process-definition/${encodeURIComponent(first.body.version.processDefinitionKey!)}`);
    expect(definition).toMatchObject({ key: processId, version: 1 });

    const second = await publish('visit', await addVersion('visit', model('上门登记（新）')));
    expect(second.status).toBe(200);
    expect(second.body.version).toMatchObject({ version: 2, bpmnProcessId: processId, definitionVersion: 2 });
    expect(await rest.get<Definition>(`/process-definition/${encodeURIComponent(second.body.version.processDefinitionKey!)}`)).toMatchObject({ key: processId, version: 2 });

    const rollback = await publish('visit', v1);
    expect(rollback.body.version).toMatchObject({ version: 1, definitionVersion: 3 });
    const type = (await engine.admin.get<{ serviceType: { publishedVersion: number } }>('/api/service-types/visit')).body.serviceType;
    expect(type.publishedVersion).toBe(1);
    // CareFlow keeps each deployment with its definitions.
    const deployments = (await engine.admin.get<{ deployments: { resourceName: string; processes: { bpmnProcessId: string; version: number; processDefinitionKey: string }[] }[] }>('/api/deployments')).body.deployments;
    const ours = deployments.filter((d) => d.resourceName === 'visit.bpmn').flatMap((d) => d.processes);
    expect(ours.map((p) => p.version).sort()).toEqual([1, 2, 3]);
    expect(ours).toContainEqual({ bpmnProcessId: processId, version: 2, processDefinitionKey: second.body.version.processDefinitionKey });
  });

  it('given a model with several problems, when it is published, then 422 lists every problem with its element id in zh-CN and nothing is deployed', async () => {
    const processId = uniqueProcessId('broken');
    await newType('broken');
    const version = await addVersion('broken', brokenModel(processId));
    const deploymentsBefore = (await engine.admin.get<{ deployments: unknown[] }>('/api/deployments')).body.deployments.length;

    const res = await publish('broken', version);

    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('rejected_model');
    const errors = res.body.error.details.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.elementId, p.rule])).toEqual(
      expect.arrayContaining([
        ['noform', 'careflow-c7/user-task-form'],
        ['unknown_topic', 'careflow-c7/external-topic'],
        ['script', 'careflow-c7/no-code'],
      ]),
    );
    for (const problem of errors) expect(problem.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await definitionCount(processId)).toBe(0);
    expect((await engine.admin.get<{ deployments: unknown[] }>('/api/deployments')).body.deployments).toHaveLength(deploymentsBefore);
    const type = (await engine.admin.get<{ serviceType: { publishedVersion: number | null }; versions: Version[] }>('/api/service-types/broken')).body;
    expect([type.serviceType.publishedVersion, type.versions[0].status]).toEqual([null, 'draft']);
  });

  it('given a model writing case events by the case-event topic CareFlow served before Operaton, when it is published, then 422 names that task: no worker serves it on Operaton', async () => {
    const processId = uniqueProcessId('events');
    await newType('events');
    const res = await publish('events', await addVersion('events', chain(processId, [{ id: 'close', xml: caseEvent('close', 'closed') }])));
    expect(res.status).toBe(422);
    expect(res.body.error.details.problems.map((p) => [p.elementId, p.rule])).toEqual([['close', 'careflow-c7/external-topic']]);
    expect(await definitionCount(processId)).toBe(0);
  });

  it('given a process id another service type published, when a type with the same id and a rule problem is published, then 422 names both and nothing is deployed', async () => {
    const taken = (await engine.admin.get<{ versions: Version[] }>('/api/service-types/visit')).body.versions.find((v) => v.status === 'published')!.bpmnProcessId!;
    const before = await definitionCount(taken);
    await newType('copycat');
    const xml = chain(taken, [{ id: 'intake', xml: userTask('intake', 'no-such-form') }]);

    const res = await publish('copycat', await addVersion('copycat', xml));

    expect(res.status).toBe(422);
    expect(res.body.error.details.problems.map((p) => [p.elementId, p.rule])).toEqual([
      [taken, 'careflow/process-id-owner'],
      ['intake', 'careflow-c7/user-task-form'],
    ]);
    expect(await definitionCount(taken)).toBe(before);
  });
});
