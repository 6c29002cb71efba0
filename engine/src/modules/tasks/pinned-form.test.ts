import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { asRow } from '../../db/columns';
import { testDatabases } from '../../../test/support/databases';
import { useTestDataSource } from '../../../test/support/test-data-source';
import { insertCase } from '../../../test/support/operaton-process-fixtures';
import { Case } from '../cases/entities';
import { FormEntity, FormVersion, FormVersionEntity } from '../forms/entities';
import { ServiceType, ServiceTypeEntity, ServiceTypeVersion, ServiceTypeVersionEntity } from '../service-types/entities';
import { pinnedForm } from './pinned-form';

const at = new Date('2026-12-03T08:00:00.000Z');
const schema = (field: string) => ({ type: 'object', properties: { [field]: { type: 'string', title: '说明' } } });
const form = (formKey: string, version: number): FormVersion => ({ formKey, version, title: formKey, schema: schema(`${formKey}-${version}`), createdBy: 'tester', createdAt: at });
const typeVersion = (version: number, formVersions: Record<string, number> | null): ServiceTypeVersion => ({
  typeKey: 'visit',
  version,
  bpmnXml: `<definitions id="v${version}"/>`,
  settings: { channels: ['phone'], startRoles: ['agent'], priority: 'normal', sla: null } as never,
  status: formVersions ? 'published' : 'draft',
  bpmnProcessId: 'visit',
  processDefinitionKey: `visit:${version}:x`,
  definitionVersion: version,
  formVersions,
  createdBy: 'tester',
  createdAt: at,
  publishedBy: null,
  publishedAt: null,
});

describe.each(testDatabases())('the form a task shows, as its case’s version pins it ($name)', ({ create }) => {
  const database = useTestDataSource(create);
  let dataSource: DataSource;
  let onFirst: Case;
  let onDraft: Case;

  beforeAll(async () => {
    dataSource = database.dataSource;
    const type: ServiceType = { key: 'visit', nameZh: '回访', nameEn: 'Visit', category: 'care', icon: null, intakeFormKey: null, publishedVersion: 1, createdAt: at, updatedAt: at };
    await dataSource.getRepository(ServiceTypeEntity).insert(asRow(type));
    for (const key of ['visit-form', 'intake.v2']) await dataSource.getRepository(FormEntity).insert({ key, title: key, latestVersion: 2, createdAt: at, updatedAt: at });
    await dataSource.getRepository(ServiceTypeVersionEntity).insert([asRow(typeVersion(1, { 'visit-form': 1, 'intake.v2': 2 })), asRow(typeVersion(2, null))]);
    const forms = [form('visit-form', 1), form('visit-form', 2), form('intake.v2', 1), form('intake.v2', 2)];
    await dataSource.getRepository(FormVersionEntity).insert(forms.map((f) => asRow(f)));
    onFirst = await insertCase(dataSource, { serviceTypeKey: 'visit', serviceTypeVersion: 1 });
    onDraft = await insertCase(dataSource, { serviceTypeKey: 'visit', serviceTypeVersion: 2 });
  });

  it('given a newer version of a pinned form, when the task’s form is read, then it is the pinned version with its own schema', async () => {
    expect(await pinnedForm(dataSource, onFirst.id, 'visit-form')).toEqual({ key: 'visit-form', version: 1, schema: schema('visit-form-1') });
  });

  it('given a form key with a dot, when read, then the pin is found under the whole key', async () => {
    expect(await pinnedForm(dataSource, onFirst.id, 'intake.v2')).toEqual({ key: 'intake.v2', version: 2, schema: schema('intake.v2-2') });
  });

  it('given a key the version does not pin, a version with no pins or an unknown case, when read, then there is no pinned form (the caller takes the latest)', async () => {
    expect(await pinnedForm(dataSource, onFirst.id, 'other-form')).toBeNull();
    expect(await pinnedForm(dataSource, onFirst.id, 'intake')).toBeNull();
    expect(await pinnedForm(dataSource, onDraft.id, 'visit-form')).toBeNull();
    expect(await pinnedForm(dataSource, crypto.randomUUID(), 'visit-form')).toBeNull();
  });

  it('given a pinned form version that has been deleted, when read, then 404 names it', async () => {
    await dataSource.getRepository(FormVersionEntity).delete({ formKey: 'visit-form', version: 1 });
    await expect(pinnedForm(dataSource, onFirst.id, 'visit-form')).rejects.toMatchObject({ status: 404, message: expect.stringContaining('visit-form version 1') });
  });
});
