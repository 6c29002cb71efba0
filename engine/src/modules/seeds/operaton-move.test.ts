import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eventually } from '../../../test/support/api-client';
import { REPO_ROOT } from '../../config';
import { caseEvent, chain, echoTask, uniqueProcessId, userTask } from '../../../test/support/camunda8-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';
import { ServiceTypeEntity, ServiceTypeVersionEntity } from '../service-types/entities';

type Version = { version: number; status: string; createdBy: string; processDefinitionKey: string | null };
type TypeView = { serviceType: { publishedVersion: number | null }; versions: Version[] };
type Detail = { case: { processInstanceKey: string | null; status: string }; tasks: { elementId: string; status: string }[] };

const SETTINGS = { priority: 'normal', channels: ['phone'], startRoles: ['agent', 'supervisor', 'admin'] };
const SHIPPED_MODEL = readFileSync(path.join(__dirname, 'emergency-rescue', 'emergency-rescue.bpmn'), 'utf8');
/** The shipped 紧急救助 as it ran on Camunda 8, kept as the import converter's fixture. */
const SHIPPED_CAMUNDA8_MODEL = readFileSync(path.join(REPO_ROOT, 'modeler', 'src', 'convert', 'fixtures', 'camunda8-emergency-rescue.bpmn'), 'utf8');
/** A Camunda 8 definition key, as such an installation stored it. */
const CAMUNDA8_DEFINITION = '2251799813685249';
const OPERATON_DEFINITION = /^[\w-]+:\d+:[0-9a-f-]{36}$/;

/** An installation that ran its cases on Camunda 8 (CareFlow before Operaton), started again with this CareFlow. */
describe.each(testDatabases())('service types published on Camunda 8, after the move to Operaton ($name)', ({ create }) => {
  const engine = useTestEngine(create);
  const formKey = uniqueProcessId('visit_form');
  const visitProcess = uniqueProcessId('visit');
  const type = async (key: string) => (await engine.admin.get<TypeView>(`/api/service-types/${key}`)).body;
  /** Saved as a draft, then marked as that installation left it: published, on a Camunda 8 definition. */
  const publishedOnCamunda8 = async (key: string, bpmnXml: string, version: number) => {
    expect((await engine.admin.post(`/api/service-types/${key}/versions`, { bpmnXml, settings: SETTINGS })).status).toBe(201);
    await markedOnCamunda8(key, version, bpmnXml);
  };
  const markedOnCamunda8 = async (key: string, version: number, bpmnXml: string) => {
    const { dataSource } = engine.running;
    const bpmnProcessId = /<bpmn:process id="([^"]+)"/.exec(bpmnXml)?.[1];
    await dataSource.getRepository(ServiceTypeVersionEntity).update(
      { typeKey: key, version },
      { status: 'published', bpmnXml, bpmnProcessId, processDefinitionKey: CAMUNDA8_DEFINITION, definitionVersion: 1, publishedAt: new Date() },
    );
    await dataSource.getRepository(ServiceTypeEntity).update({ key }, { publishedVersion: version });
  };

  beforeAll(async () => {
    // As Camunda 8 left them: the shipped 紧急救助 as seeded, an analyst's type, and one whose model only Camunda 8 could run.
    expect((await engine.admin.post('/api/forms', { key: formKey, title: '上门登记', schema: { type: 'object', properties: { note: { type: 'string', title: '备注' } } } })).status).toBe(201);
    for (const key of ['visit', 'legacy']) expect((await engine.admin.post('/api/service-types', { key, names: { 'zh-CN': key, en: key }, category: 'daily-help' })).status).toBe(201);
    await publishedOnCamunda8('visit', chain(visitProcess, [{ id: 'intake', xml: userTask('intake', formKey, 'agents', '上门登记') }, { id: 'echo', xml: echoTask('echo') }]), 1);
    await publishedOnCamunda8('legacy', chain(uniqueProcessId('legacy'), [{ id: 'noted', xml: caseEvent('noted', 'note.added') }]), 1);
    expect((await type('emergency-rescue')).versions[0]).toMatchObject({ version: 1, status: 'published', createdBy: 'careflow-seed' });
    await markedOnCamunda8('emergency-rescue', 1, SHIPPED_CAMUNDA8_MODEL);

    await engine.restart({});
  });

  it('given the shipped 紧急救助 still as seeded, when CareFlow starts on Operaton, then the shipped model is published as version 2 and its cases start there', async () => {
    const rescue = await type('emergency-rescue');
    expect(rescue.serviceType.publishedVersion).toBe(2);
    expect(rescue.versions.find((v) => v.version === 2)).toMatchObject({ status: 'published', createdBy: 'careflow-engine-move', processDefinitionKey: expect.stringMatching(OPERATON_DEFINITION) });
    const stored = await engine.admin.get<{ version: { bpmnXml: string } }>('/api/service-types/emergency-rescue/versions/2');
    expect(stored.body.version.bpmnXml).toBe(SHIPPED_MODEL);
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

  it('given a type whose model only Camunda 8 could run (the case-event topic), when CareFlow starts on Operaton, then it stays on its old version and the converted draft is left for an analyst', async () => {
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
