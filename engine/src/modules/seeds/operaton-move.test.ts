import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eventually } from '../../testing/api-client';
import { caseEvent, chain, echoTask, uniqueProcessId, userTask } from '../../testing/bpmn-fixtures';
import { testDatabases } from '../../testing/databases';
import { useTestEngine, ZEEBE_CASES } from '../../testing/test-engine';

type Version = { version: number; status: string; createdBy: string; processDefinitionKey: string | null };
type TypeView = { serviceType: { publishedVersion: number | null }; versions: Version[] };
type Detail = { case: { processInstanceKey: string | null; status: string }; tasks: { elementId: string; status: string }[] };

const SETTINGS = { priority: 'normal', channels: ['phone'], startRoles: ['agent', 'supervisor', 'admin'] };
const SHIPPED_OPERATON_MODEL = readFileSync(path.join(__dirname, 'emergency-rescue', 'emergency-rescue.operaton.bpmn'), 'utf8');
const OPERATON_DEFINITION = /^[\w-]+:\d+:[0-9a-f-]{36}$/;

/** An installation that ran its cases on Zeebe, started again with cases on Operaton (the default). */
describe.each(testDatabases())('service types published on Zeebe, after the move to Operaton ($name)', ({ create }) => {
  const engine = useTestEngine(create, ZEEBE_CASES);
  const formKey = uniqueProcessId('visit_form');
  const visitProcess = uniqueProcessId('visit');
  const type = async (key: string) => (await engine.admin.get<TypeView>(`/api/service-types/${key}`)).body;
  const publishOnZeebe = async (key: string, bpmnXml: string) => {
    expect((await engine.admin.post('/api/service-types', { key, names: { 'zh-CN': key, en: key }, category: 'daily-help' })).status).toBe(201);
    expect((await engine.admin.post(`/api/service-types/${key}/versions`, { bpmnXml, settings: SETTINGS })).status).toBe(201);
    expect((await engine.admin.post(`/api/service-types/${key}/publish`, { version: 1 })).status).toBe(200);
  };

  beforeAll(async () => {
    // On Zeebe: the shipped 紧急救助 as seeded, an analyst's type, and one whose model only Zeebe can run.
    expect((await engine.admin.post('/api/forms', { key: formKey, title: '上门登记', schema: { type: 'object', properties: { note: { type: 'string', title: '备注' } } } })).status).toBe(201);
    await publishOnZeebe('visit', chain(visitProcess, [{ id: 'intake', xml: userTask('intake', formKey, 'agents', '上门登记') }, { id: 'echo', xml: echoTask('echo') }]));
    await publishOnZeebe('legacy', chain(uniqueProcessId('legacy'), [{ id: 'noted', xml: caseEvent('noted', 'note.added') }]));
    expect((await type('emergency-rescue')).versions[0]).toMatchObject({ status: 'published', processDefinitionKey: expect.stringMatching(/^\d+$/) });

    await engine.restart({});
  });

  it('given the shipped 紧急救助 still as seeded, when CareFlow starts on Operaton, then the shipped Operaton model is published as version 2 and its cases start there', async () => {
    const rescue = await type('emergency-rescue');
    expect(rescue.serviceType.publishedVersion).toBe(2);
    expect(rescue.versions.find((v) => v.version === 2)).toMatchObject({ status: 'published', createdBy: 'careflow-engine-move', processDefinitionKey: expect.stringMatching(OPERATON_DEFINITION) });
    const stored = await engine.admin.get<{ version: { bpmnXml: string } }>('/api/service-types/emergency-rescue/versions/2');
    expect(stored.body.version.bpmnXml).toBe(SHIPPED_OPERATON_MODEL);
  });

  it('given an analyst’s type, when CareFlow starts on Operaton, then its model is converted (camunda:), published as version 2, and a new case runs its task on Operaton', async () => {
    const visit = await type('visit');
    expect(visit.serviceType.publishedVersion).toBe(2);
    expect(visit.versions.find((v) => v.version === 2)).toMatchObject({ status: 'published', createdBy: 'careflow-engine-move', processDefinitionKey: expect.stringMatching(OPERATON_DEFINITION) });
    const xml = (await engine.admin.get<{ version: { bpmnXml: string } }>('/api/service-types/visit/versions/2')).body.version.bpmnXml;
    expect(xml).toContain(`camunda:formKey="${formKey}"`);
    expect(xml).toContain('camunda:topic="careflow:echo:1"');
    expect(xml).not.toContain('zeebe:');

    const opened = await engine.admin.post<{ case: { id: string; processInstanceKey: string } }>('/api/cases', { serviceType: 'visit', channel: 'phone', variables: { note: '搬迁后第一单' } });
    expect(opened.status).toBe(201);
    const detail = await eventually(async () => {
      const body = (await engine.admin.get<Detail>(`/api/cases/${opened.body.case.id}`)).body;
      return body.tasks.some((t) => t.elementId === 'intake' && t.status === 'created') ? body : undefined;
    }, 30_000, 'the intake task on Operaton');
    expect(detail.case.processInstanceKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('given a type whose model only Zeebe can run (the case-event topic), when CareFlow starts on Operaton, then it stays on its Zeebe version and the converted draft is left for an analyst', async () => {
    const legacy = await type('legacy');
    expect(legacy.serviceType.publishedVersion).toBe(1);
    expect(legacy.versions.map((v) => [v.version, v.status, v.createdBy])).toEqual([
      [2, 'draft', 'careflow-engine-move'],
      [1, 'published', expect.any(String)],
    ]);
  });

  it('given the move is done, when CareFlow starts again, then nothing is published again and no version is added', async () => {
    const before = await Promise.all(['emergency-rescue', 'visit', 'legacy'].map(type));
    await engine.restart({});
    const after = await Promise.all(['emergency-rescue', 'visit', 'legacy'].map(type));
    expect(after.map((t) => [t.serviceType.publishedVersion, t.versions.length])).toEqual(before.map((t) => [t.serviceType.publishedVersion, t.versions.length]));
  });
});
