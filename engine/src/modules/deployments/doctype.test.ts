import { intakeThenEcho, uniqueProcessId } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';
import { ServiceTypeVersionEntity } from '../service-types/entities';

type Rejected = { error: { code: string; details: { problems: { message: string }[] } } };

/** A valid model with a DTD put in front: an entity that would read a file, and a billion laughs. */
const withDoctype = (xml: string) =>
  xml.replace(
    '?>',
    '?>\n<!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
  );

describe('BPMN models with a DOCTYPE', () => {
  const engine = useTestEngine(testDatabases()[0].create);
  const refusedForDoctype = (res: { status: number; body: Rejected }) => {
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('rejected_model');
    expect(res.body.error.details.problems[0].message).toContain('DOCTYPE');
  };

  it('given a model with a DOCTYPE and entities, when deployed, then 422 naming the DOCTYPE and nothing is deployed', async () => {
    const before = (await engine.admin.get<{ deployments: unknown[] }>('/api/deployments')).body.deployments.length;
    refusedForDoctype(await engine.admin.post<Rejected>('/api/deployments', { resourceName: 'dtd.bpmn', xml: withDoctype(intakeThenEcho(uniqueProcessId('dtd'))) }));
    expect((await engine.admin.get<{ deployments: unknown[] }>('/api/deployments')).body.deployments.length).toBe(before);
  });

  it('given a service type, when a version with a DOCTYPE is saved, or one stored before is published, then 422 naming the DOCTYPE', async () => {
    expect((await engine.admin.post('/api/service-types', { key: 'dtd_type', names: { 'zh-CN': '实体', en: 'Entities' }, category: 'daily-help' })).status).toBe(201);
    const xml = intakeThenEcho(uniqueProcessId('dtd_type'));
    refusedForDoctype(await engine.admin.post<Rejected>('/api/service-types/dtd_type/versions', { bpmnXml: withDoctype(xml) }));
    expect((await engine.admin.post('/api/service-types/dtd_type/versions', { bpmnXml: xml })).status).toBe(201);
    await engine.running.dataSource.getRepository(ServiceTypeVersionEntity).update({ typeKey: 'dtd_type', version: 1 }, { bpmnXml: withDoctype(xml) });
    refusedForDoctype(await engine.admin.post<Rejected>('/api/service-types/dtd_type/publish', { version: 1 }));
    expect((await engine.admin.get<{ versions: { status: string }[] }>('/api/service-types/dtd_type')).body.versions.map((v) => v.status)).toEqual(['draft']);
  });
});
