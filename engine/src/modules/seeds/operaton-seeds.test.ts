import { connectors, jobType } from '@careflow/connectors';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OperatonRest } from '../../operaton/rest';
import { REPO_ROOT } from '../../config';
import { eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';
import { DeploymentService } from '../deployments/service';
import { DictionaryService } from '../dictionaries/service';
import { FormService } from '../forms/service';
import { ServiceItemService } from '../providers';
import { ServiceTypeService } from '../service-types/service';
import { readSeed, ServiceTypeSeed } from './files';
import { decisionsModule } from '../decisions';
import { SeedDeps, seedServiceType } from './loader';

type Version = { version: number; status: string; createdBy: string; bpmnProcessId: string | null; processDefinitionKey: string | null; definitionVersion: number | null; formVersions: Record<string, number> | null };
type TypeView = { serviceType: { publishedVersion: number | null }; versions: Version[] };

/** The shipped 紧急救助 as it ran on Camunda 8, kept as the import converter's fixture. */
const CAMUNDA8_MODEL = path.join(REPO_ROOT, 'modeler', 'src', 'convert', 'fixtures', 'camunda8-emergency-rescue.bpmn');
const rest = new OperatonRest({ baseUrl: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL! });
const definition = (id: string) => rest.get<{ key: string; version: number }>(`/process-definition/${encodeURIComponent(id)}`);

describe.each(testDatabases())('shipped service types seeded on the process engine ($name)', ({ create }) => {
  const engine = useTestEngine(create);
  const typeOf = async (key: string) => (await engine.admin.get<TypeView>(`/api/service-types/${key}`)).body;
  const versionXml = async (key: string, version: number) => (await engine.admin.get<{ version: { bpmnXml: string } }>(`/api/service-types/${key}/versions/${version}`)).body.version.bpmnXml;
  /** The seed's services, as the engine wires them. */
  const deps = (): SeedDeps => {
    const { dataSource, engine: running } = engine.running;
    const forms = new FormService(dataSource, running.audit);
    const serviceTypes = new ServiceTypeService(dataSource, forms, new DeploymentService(dataSource, running.audit, { rest }), running.audit, new Set(connectors.map(jobType)));
    return { dataSource, serviceTypes, forms, users: running.users, items: new ServiceItemService(dataSource, running.audit, new DictionaryService(dataSource, running.audit)), decisions: running.given(decisionsModule).decisions };
  };
  /** The shipped seed under another key and process id; with `camunda8`, its model as shipped before the move to Operaton. */
  const copyOf = (key: string, camunda8 = false): ServiceTypeSeed => {
    const seed = readSeed('emergency-rescue');
    const xml = camunda8 ? readFileSync(CAMUNDA8_MODEL, 'utf8') : seed.bpmnXml;
    return { ...seed, spec: { ...seed.spec, key }, bpmnXml: xml.replaceAll('emergency_rescue', key.replaceAll('-', '_')) };
  };

  it('given a fresh engine, then the seed publishes 紧急救助 on an Operaton definition with its forms pinned', async () => {
    const { serviceType, versions } = await eventually(async () => {
      const view = await typeOf('emergency-rescue');
      return view.serviceType.publishedVersion === 1 ? view : undefined;
    }, 60_000, '紧急救助 to be published');
    expect(serviceType.publishedVersion).toBe(1);
    const [version] = versions;
    expect(version).toMatchObject({ version: 1, status: 'published', createdBy: 'careflow-seed', bpmnProcessId: 'emergency_rescue' });
    expect(await definition(version.processDefinitionKey!)).toMatchObject({ key: 'emergency_rescue', version: version.definitionVersion });
    expect(Object.keys(version.formVersions ?? {}).sort()).toEqual(expect.arrayContaining(['emergency-classify', 'emergency-confirm-alarm', 'emergency-return-visit']));
    expect(await versionXml('emergency-rescue', 1)).toContain('xmlns:camunda="http://camunda.org/schema/1.0/bpmn"');
  });

  it('given the seed drafted the Camunda 8 model before CareFlow moved to Operaton, when it seeds again, then it adds and publishes the shipped model', async () => {
    const before = deps();
    const failing = Object.create(before.serviceTypes) as ServiceTypeService;
    failing.publish = () => Promise.reject(new Error('the process engine is down'));
    await expect(seedServiceType({ ...before, serviceTypes: failing }, copyOf('emergency-switch', true))).rejects.toThrow('the process engine is down');
    expect((await typeOf('emergency-switch')).versions).toEqual([expect.objectContaining({ version: 1, status: 'draft' })]);

    expect(await seedServiceType(deps(), copyOf('emergency-switch'))).toBe('published');

    const { serviceType, versions } = await typeOf('emergency-switch');
    expect(serviceType.publishedVersion).toBe(2);
    expect(versions.map((v) => [v.version, v.status])).toEqual([[2, 'published'], [1, 'draft']]);
    expect(await definition(versions[0].processDefinitionKey!)).toMatchObject({ key: 'emergency_switch' });
    expect(await versionXml('emergency-switch', 2)).toContain('camunda:');
  });
});
