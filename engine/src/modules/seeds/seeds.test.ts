import { connectors, jobType } from '@careflow/connectors';
import pino from 'pino';
import { eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';
import { testEngine } from '../../../test/support/operaton-process-fixtures';
import { DeploymentService } from '../deployments/service';
import { DictionaryService } from '../dictionaries/service';
import { ServiceItemService } from '../providers';
import { FormService } from '../forms/service';
import { ServiceTypeService } from '../service-types/service';
import { readSeed, ServiceTypeSeed } from './files';
import { decisionsModule } from '../decisions';
import { SeedDeps, seedServiceType, startSeeding } from './loader';

type TypeView = { serviceType: { nameZh: string; category: string; publishedVersion: number | null }; versions: { version: number; status: string; createdBy: string }[] };
type VersionBody = { version: { bpmnXml: string; settings: Record<string, unknown> } };
const FORM_KEYS = ['emergency-classify', 'emergency-confirm-alarm', 'emergency-confirm-relatives', 'emergency-escalation', 'emergency-handover', 'emergency-onsite-result', 'emergency-return-visit'];

describe.each(testDatabases())('shipped service types on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const typeOf = async (key: string) => (await engine.admin.get<TypeView>(`/api/service-types/${key}`)).body;
  const forms = async () => (await engine.admin.get<{ forms: { key: string; latestVersion: number }[] }>('/api/forms')).body.forms.filter((f) => f.key.startsWith('emergency-'));
  const deps = (): SeedDeps => {
    const { dataSource, engine: running } = engine.running;
    const formService = new FormService(dataSource, running.audit);
    const serviceTypes = new ServiceTypeService(dataSource, formService, new DeploymentService(dataSource, running.audit, { rest: testEngine() }), running.audit, new Set(connectors.map(jobType)));
    const items = new ServiceItemService(dataSource, running.audit, new DictionaryService(dataSource, running.audit));
    return { dataSource, serviceTypes, forms: formService, users: running.users, items, decisions: running.given(decisionsModule).decisions };
  };
  /** The shipped seed under another key and process id, to seed it again from nothing. */
  const copyOf = (key: string): ServiceTypeSeed => {
    const seed = readSeed('emergency-rescue');
    return { ...seed, spec: { ...seed.spec, key }, bpmnXml: seed.bpmnXml.replaceAll('emergency_rescue', key.replaceAll('-', '_')) };
  };

  it('given a fresh engine, then 家政便民 is published by the seed with its intake form, its three task forms and the household catalogue items', async () => {
    const { serviceType, versions } = await typeOf('household-help');
    expect(serviceType).toMatchObject({ nameZh: '家政便民', category: 'housekeeping', publishedVersion: 1 });
    expect(versions).toEqual([expect.objectContaining({ version: 1, status: 'published', createdBy: 'careflow-seed' })]);
    const version = (await engine.admin.get<VersionBody>('/api/service-types/household-help/versions/1')).body.version;
    expect(version.settings).toMatchObject({ priority: 'normal', sla: { unit: 'workingDays', value: 3 }, ivrDigit: '2' });
    for (const id of ['quote', 'confirm-quote', 'dispatch', 'redispatch', 'manual-dispatch', 'wait-done', 'return-visit', 'charge']) expect(version.bpmnXml).toContain(`id="${id}"`);
    const all = (await engine.admin.get<{ forms: { key: string; latestVersion: number }[] }>('/api/forms')).body.forms.filter((f) => f.key.startsWith('household-'));
    expect(all.map((f) => f.key).sort()).toEqual(['household-confirm-extra', 'household-confirm-quote', 'household-intake', 'household-manual-dispatch', 'household-not-home', 'household-return-visit']);
    const items = (await engine.admin.get<{ items: { code: string; active: boolean }[] }>('/api/service-items')).body.items.map((i) => i.code);
    expect(items).toEqual(expect.arrayContaining(['home_cleaning', 'nanny_care', 'plumbing_repair', 'lock_service', 'rice_oil_delivery', 'gas_cylinder']));
  });

  it('given a fresh engine, then 紧急救助 is published by the seed with its settings, its forms and the hotline and supervisor groups', async () => {
    const { serviceType, versions } = await typeOf('emergency-rescue');
    expect(serviceType).toMatchObject({ nameZh: '紧急救助', category: 'emergency', publishedVersion: 1 });
    expect(versions).toEqual([expect.objectContaining({ version: 1, status: 'published', createdBy: 'careflow-seed' })]);
    const version = (await engine.admin.get<VersionBody>('/api/service-types/emergency-rescue/versions/1')).body.version;
    expect(version.settings).toEqual({ priority: 'emergency', sla: { unit: 'hours', value: 24 }, ivrDigit: '1', channels: ['alarm', 'phone'], startRoles: ['agent', 'supervisor', 'admin'] });
    for (const id of ['confirm-alarm', 'classify', 'onsite-result', 'return-visit', 'worker-escalation']) expect(version.bpmnXml).toContain(`id="${id}"`);
    expect((await forms()).map((f) => [f.key, f.latestVersion])).toEqual(FORM_KEYS.map((k) => [k, 1]));
    const groups = (await engine.admin.get<{ groups: { key: string; name: string }[] }>('/api/groups')).body.groups;
    expect(groups).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'hotline', name: '热线坐席' }), expect.objectContaining({ key: 'supervisors', name: '值班长' })]));
    // The dispatch step's catalog item, so a provider can be set up to offer it.
    const items = (await engine.admin.get<{ items: { code: string; category: string; active: boolean }[] }>('/api/service-items')).body.items;
    expect(items).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'emergency_visit', category: 'emergency', active: true })]));
  });

  it('given the seeded type, when the engine starts again, then nothing changes', async () => {
    const before = { type: await typeOf('emergency-rescue'), forms: await forms() };
    await engine.restart();
    expect({ type: await typeOf('emergency-rescue'), forms: await forms() }).toEqual(before);
    const publishes = await engine.admin.get<{ total: number }>('/api/audit?action=service_type.publish&entityId=emergency-rescue');
    expect(publishes.body.total).toBe(1);
  });

  it('given an analyst published a changed version, when the engine starts again, then the analyst’s version stays', async () => {
    const xml = (await engine.admin.get<VersionBody>('/api/service-types/emergency-rescue/versions/1')).body.version.bpmnXml.replace('name="回访"', 'name="电话回访"');
    expect((await engine.admin.post('/api/service-types/emergency-rescue/versions', { bpmnXml: xml, settings: { priority: 'emergency', channels: ['alarm', 'phone'] } })).status).toBe(201);
    expect((await engine.admin.post('/api/service-types/emergency-rescue/publish', { version: 2 })).status).toBe(200);
    await engine.restart();
    const { serviceType, versions } = await typeOf('emergency-rescue');
    expect(serviceType.publishedVersion).toBe(2);
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it('given the process engine refuses the first publish, when seeding retries, then the type is published once with its one version', async () => {
    const real = deps();
    let failures = 0;
    const failingOnce = Object.create(real.serviceTypes) as ServiceTypeService;
    failingOnce.publish = async (...args) => {
      if (failures++ === 0) throw new Error('UNAVAILABLE: the process engine is down');
      return real.serviceTypes.publish(...args);
    };
    const seed = copyOf('emergency-retry');
    await expect(seedServiceType({ ...real, serviceTypes: failingOnce }, seed)).rejects.toThrow('UNAVAILABLE');
    expect((await typeOf('emergency-retry')).versions).toEqual([expect.objectContaining({ version: 1, status: 'draft' })]);
    expect(await seedServiceType({ ...real, serviceTypes: failingOnce }, seed)).toBe('published');
    expect(await seedServiceType(real, seed)).toBe('present');
    const { serviceType, versions } = await typeOf('emergency-retry');
    expect([serviceType.publishedVersion, versions.length]).toEqual([1, 1]);
  });

  it('given two engines seed at once, then one publishes and the other finds it there', async () => {
    const seed = copyOf('emergency-twice');
    const outcomes = await Promise.all([seedServiceType(deps(), seed), seedServiceType(deps(), seed)]);
    expect(outcomes.sort()).toEqual(['present', 'published']);
    expect((await typeOf('emergency-twice')).versions).toHaveLength(1);
  });

  it('given seeding fails at start, when the engine goes on, then the failure is logged and retried until the type is published', async () => {
    const real = deps();
    const failingOnce = Object.create(real.serviceTypes) as ServiceTypeService;
    let calls = 0;
    failingOnce.publish = async (...args) => (calls++ === 0 ? Promise.reject(new Error('the process engine is down')) : real.serviceTypes.publish(...args));
    const logged: { msg: string; serviceType?: string }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
    const seeding = startSeeding({ ...real, serviceTypes: failingOnce }, logger, { retryMs: 100, seeds: () => [copyOf('emergency-later')] });
    try {
      expect(await seeding.ready).toBe(false);
      expect(logged).toEqual([expect.objectContaining({ msg: 'could not seed a shipped service type; retrying', serviceType: 'emergency-later' })]);
      await eventually(async () => ((await typeOf('emergency-later')).serviceType.publishedVersion === 1 ? true : undefined), 30_000, 'the retried publish');
      expect(logged.at(-1)).toMatchObject({ msg: 'shipped service type seeded', serviceType: 'emergency-later' });
    } finally {
      seeding.close();
    }
  });
});
