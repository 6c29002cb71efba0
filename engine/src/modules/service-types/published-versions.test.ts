import { DataSource } from 'typeorm';
import { asRow } from '../../db/columns';
import { testDatabases } from '../../../test/support/databases';
import { useTestDataSource } from '../../../test/support/test-data-source';
import { ServiceType, ServiceTypeEntity, ServiceTypeVersion, ServiceTypeVersionEntity } from './entities';
import { PublishedVersions } from './published-versions';

const at = new Date('2026-12-03T08:00:00.000Z');
const versionRow = (version: number, processDefinitionKey: string): ServiceTypeVersion => ({
  typeKey: 'visit',
  version,
  bpmnXml: `<definitions id="v${version}"/>`,
  settings: { channels: ['phone'], startRoles: ['agent'], priority: 'normal', sla: null } as never,
  status: 'published',
  bpmnProcessId: 'visit',
  processDefinitionKey,
  definitionVersion: version,
  formVersions: {},
  createdBy: 'tester',
  createdAt: at,
  publishedBy: 'tester',
  publishedAt: at,
});

describe.each(testDatabases())('the published version new cases start on ($name)', ({ create }) => {
  const database = useTestDataSource(create);
  let dataSource: DataSource;
  const readType = () => dataSource.getRepository(ServiceTypeEntity).findOneByOrFail({ key: 'visit' });

  beforeAll(async () => {
    dataSource = database.dataSource;
    const type: ServiceType = { key: 'visit', nameZh: '回访', nameEn: 'Visit', category: 'care', icon: null, intakeFormKey: null, publishedVersion: 1, createdAt: at, updatedAt: at };
    await dataSource.getRepository(ServiceTypeEntity).insert(asRow(type));
    await dataSource.getRepository(ServiceTypeVersionEntity).insert([asRow(versionRow(1, 'visit:1:a')), asRow(versionRow(2, 'visit:2:b'))]);
  });

  it('given a type read unchanged, when its version is asked again, then the first read answers (the row is not read per case)', async () => {
    const versions = new PublishedVersions(dataSource);
    expect((await versions.of(await readType())).processDefinitionKey).toBe('visit:1:a');
    // Changed behind the cache's back without a publish (which would move the type's updatedAt).
    await dataSource.getRepository(ServiceTypeVersionEntity).update({ typeKey: 'visit', version: 1 }, { processDefinitionKey: 'visit:1:changed' });
    expect((await versions.of(await readType())).processDefinitionKey).toBe('visit:1:a');
  });

  it('given another node published version 1 again (a rollback), when a case opens here, then it starts on the new definition', async () => {
    const versions = new PublishedVersions(dataSource);
    await dataSource.getRepository(ServiceTypeVersionEntity).update({ typeKey: 'visit', version: 1 }, { processDefinitionKey: 'visit:3:c' });
    expect((await versions.of(await readType())).processDefinitionKey).toBe('visit:3:c');
    await dataSource.getRepository(ServiceTypeVersionEntity).update({ typeKey: 'visit', version: 1 }, { processDefinitionKey: 'visit:4:d' });
    await dataSource.getRepository(ServiceTypeEntity).update({ key: 'visit' }, { updatedAt: new Date(at.getTime() + 60_000) });
    expect((await versions.of(await readType())).processDefinitionKey).toBe('visit:4:d');
  });

  it('given version 2 is published, when a case opens, then it starts on version 2; and a type with none published is a 409', async () => {
    const versions = new PublishedVersions(dataSource);
    await versions.of(await readType());
    await dataSource.getRepository(ServiceTypeEntity).update({ key: 'visit' }, { publishedVersion: 2, updatedAt: new Date(at.getTime() + 120_000) });
    expect(await versions.of(await readType())).toMatchObject({ version: 2, processDefinitionKey: 'visit:2:b' });
    await expect(versions.of({ ...(await readType()), publishedVersion: null })).rejects.toMatchObject({ status: 409 });
  });
});
