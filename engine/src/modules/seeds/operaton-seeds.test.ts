import { connectors, jobType } from '@careflow/connectors';
import { OperatonRest } from '../../operaton/rest';
import { eventually } from '../../testing/api-client';
import { testDatabases } from '../../testing/databases';
import { useTestEngine } from '../../testing/test-engine';
import type { OperatonRuntime } from '../../wiring/operaton';
import { CASE_EVENT_JOB_TYPE } from '../cases/case-event-worker';
import { DeploymentService } from '../deployments/service';
import { DictionaryService } from '../dictionaries/service';
import { FormService } from '../forms/service';
import { ServiceItemService } from '../providers';
import { ServiceTypeService } from '../service-types/service';
import { readSeed, ServiceTypeSeed } from './files';
import { SeedDeps, seedServiceType } from './loader';

type Version = { version: number; status: string; createdBy: string; bpmnProcessId: string | null; processDefinitionKey: string | null; zeebeVersion: number | null; formVersions: Record<string, number> | null };
type TypeView = { serviceType: { publishedVersion: number | null }; versions: Version[] };

const rest = new OperatonRest({ baseUrl: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL! });
const definition = (id: string) => rest.get<{ key: string; version: number }>(`/process-definition/${encodeURIComponent(id)}`);

describe.each(testDatabases())('shipped service types seeded on Operaton ($name)', ({ create }) => {
  const engine = useTestEngine(create, { caseProcessEngine: 'operaton' });
  const typeOf = async (key: string) => (await engine.admin.get<TypeView>(`/api/service-types/${key}`)).body;
  const versionXml = async (key: string, version: number) => (await engine.admin.get<{ version: { bpmnXml: string } }>(`/api/service-types/${key}/versions/${version}`)).body.version.bpmnXml;
  /** The seed's services, deploying to Operaton or (no runtime) to Zeebe. */
  const deps = (operaton?: OperatonRuntime): SeedDeps => {
    const { dataSource, zeebe, engine: running } = engine.running;
    const forms = new FormService(dataSource, running.audit);
    const serviceTypes = new ServiceTypeService(dataSource, forms, new DeploymentService(dataSource, zeebe, running.audit, operaton), running.audit, new Set([...connectors.map(jobType), CASE_EVENT_JOB_TYPE]));
    return { dataSource, serviceTypes, forms, users: running.users, items: new ServiceItemService(dataSource, running.audit, new DictionaryService(dataSource, running.audit)) };
  };
  /** The shipped seed under another key and process id (both models). */
  const copyOf = (key: string): ServiceTypeSeed => {
    const seed = readSeed('emergency-rescue');
    const rename = (xml: string) => xml.replaceAll('emergency_rescue', key.replaceAll('-', '_'));
    return { ...seed, spec: { ...seed.spec, key }, bpmnXml: rename(seed.bpmnXml), operatonBpmnXml: rename(seed.operatonBpmnXml!) };
  };

  it('given a fresh engine running cases on Operaton, then the seed publishes the Operaton 紧急救助 on an Operaton definition with its forms pinned', async () => {
    const { serviceType, versions } = await eventually(async () => {
      const view = await typeOf('emergency-rescue');
      return view.serviceType.publishedVersion === 1 ? view : undefined;
    }, 60_000, '紧急救助 to be published');
    expect(serviceType.publishedVersion).toBe(1);
    const [version] = versions;
    expect(version).toMatchObject({ version: 1, status: 'published', createdBy: 'careflow-seed', bpmnProcessId: 'emergency_rescue' });
    expect(await definition(version.processDefinitionKey!)).toMatchObject({ key: 'emergency_rescue', version: version.zeebeVersion });
    expect(Object.keys(version.formVersions ?? {}).sort()).toEqual(expect.arrayContaining(['emergency-classify', 'emergency-confirm-alarm', 'emergency-return-visit']));
    expect(await versionXml('emergency-rescue', 1)).toContain('xmlns:camunda="http://camunda.org/schema/1.0/bpmn"');
  });

  it('given the seed drafted the Zeebe model before cases moved to Operaton, when it seeds again on Operaton, then it adds and publishes the Operaton model', async () => {
    const seed = copyOf('emergency-switch');
    const zeebe = deps();
    const failing = Object.create(zeebe.serviceTypes) as ServiceTypeService;
    failing.publish = () => Promise.reject(new Error('Zeebe is down'));
    await expect(seedServiceType({ ...zeebe, serviceTypes: failing }, seed)).rejects.toThrow('Zeebe is down');
    expect((await typeOf('emergency-switch')).versions).toEqual([expect.objectContaining({ version: 1, status: 'draft' })]);

    expect(await seedServiceType(deps({ rest } as OperatonRuntime), seed)).toBe('published');

    const { serviceType, versions } = await typeOf('emergency-switch');
    expect(serviceType.publishedVersion).toBe(2);
    expect(versions.map((v) => [v.version, v.status])).toEqual([[2, 'published'], [1, 'draft']]);
    expect(await definition(versions[0].processDefinitionKey!)).toMatchObject({ key: 'emergency_switch' });
    expect(await versionXml('emergency-switch', 2)).toContain('camunda:');
  });
});
