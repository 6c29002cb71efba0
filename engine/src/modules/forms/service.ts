import { duplicateAs } from '../../db/errors';
import { writeLock } from '../../db/locks';
import { checkSchema } from '@careflow/forms';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { asRow } from '../../db/columns';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { ServiceTypeEntity, ServiceTypeVersionEntity } from '../service-types/entities';
import { Form, FormEntity, FormVersion, FormVersionEntity } from './entities';

type Author = Actor & { id: string };

/** Schemas are trusted only from the library: anything checkSchema finds is refused with its place. */
function refuseUnsafe(schema: Record<string, unknown>): void {
  const problems = checkSchema(schema);
  if (problems.length > 0) throw errors.invalidInput(problems.map((p) => ({ path: p.path ? `schema.${p.path}` : 'schema', message: p.message })), 'The form schema is not accepted');
}

/** The forms library: each save is a new version; published service types pin the versions they use. */
export class FormService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  list(): Promise<Form[]> {
    return this.dataSource.getRepository(FormEntity).find({ order: { key: 'ASC' } });
  }

  async get(key: string): Promise<{ form: Form; latest: FormVersion; versions: { version: number; title: string; createdAt: Date }[] }> {
    const form = await this.dataSource.getRepository(FormEntity).findOneBy({ key });
    if (!form) throw errors.notFound(`Form ${key}`);
    const versions = await this.dataSource.getRepository(FormVersionEntity).find({ where: { formKey: key }, order: { version: 'DESC' } });
    return { form, latest: versions[0], versions: versions.map(({ version, title, createdAt }) => ({ version, title, createdAt })) };
  }

  async version(key: string, version: number): Promise<FormVersion> {
    if (!Number.isInteger(version) || version < 1) throw errors.notFound(`Form ${key} version ${version}`);
    const found = await this.dataSource.getRepository(FormVersionEntity).findOneBy({ formKey: key, version });
    if (!found) throw errors.notFound(`Form ${key} version ${version}`);
    return found;
  }

  async create(input: { key: string; title: string; schema: Record<string, unknown> }, actor: Author): Promise<FormVersion> {
    refuseUnsafe(input.schema);
    const taken = () => errors.conflict(`Form ${input.key} already exists`);
    const created = this.dataSource.transaction(async (m) => {
      if (await m.getRepository(FormEntity).existsBy({ key: input.key })) throw taken();
      const now = new Date();
      await m.getRepository(FormEntity).insert({ key: input.key, title: input.title, latestVersion: 1, createdAt: now, updatedAt: now });
      return this.addVersion(m, input.key, 1, input.title, input.schema, actor);
    });
    return duplicateAs(created, taken);
  }

  /** Deletes a form and its versions, unless a published service type pins it (its cases need it). */
  async remove(key: string, actor: Author): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const form = await m.getRepository(FormEntity).findOneBy({ key });
      if (!form) throw errors.notFound(`Form ${key}`);
      const published = await m.getRepository(ServiceTypeEntity).find({ where: { publishedVersion: Not(IsNull()) } });
      const pinnedBy: string[] = [];
      for (const type of published) {
        const version = await m.getRepository(ServiceTypeVersionEntity).findOneBy({ typeKey: type.key, version: type.publishedVersion ?? 0 });
        if (version?.formVersions && key in version.formVersions) pinnedBy.push(type.key);
      }
      if (pinnedBy.length > 0) throw errors.conflict(`Form ${key} is used by published service types: ${pinnedBy.join(', ')}`);
      await m.getRepository(FormVersionEntity).delete({ formKey: key });
      await m.getRepository(FormEntity).delete({ key });
      await this.audit.record(actor, { action: 'form.delete', entityType: 'form', entityId: key, before: { title: form.title, latestVersion: form.latestVersion } }, m);
    });
  }

  async saveVersion(key: string, input: { title?: string; schema: Record<string, unknown> }, actor: Author): Promise<FormVersion> {
    refuseUnsafe(input.schema);
    return this.dataSource.transaction(async (m) => {
      // Row lock so two saves of one form cannot take the same version number.
      const form = await m.getRepository(FormEntity).findOne({ where: { key }, lock: writeLock(m) });
      if (!form) throw errors.notFound(`Form ${key}`);
      const version = form.latestVersion + 1;
      const title = input.title ?? form.title;
      await m.getRepository(FormEntity).update({ key }, { latestVersion: version, title, updatedAt: new Date() });
      return this.addVersion(m, key, version, title, input.schema, actor);
    });
  }

  /** The latest version of each key; keys that do not exist are missing from the result. */
  async latestVersions(keys: string[]): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    const forms = await this.dataSource.getRepository(FormEntity).findBy({ key: In(keys) });
    return new Map(forms.map((f) => [f.key, f.latestVersion]));
  }

  private async addVersion(m: EntityManager, formKey: string, version: number, title: string, schema: Record<string, unknown>, actor: Author) {
    const row: FormVersion = { formKey, version, title, schema, createdBy: actor.id, createdAt: new Date() };
    await m.getRepository(FormVersionEntity).insert(asRow(row));
    await this.audit.record(actor, { action: 'form.save_version', entityType: 'form', entityId: formKey, after: { version, title } }, m);
    return row;
  }
}
