import { DataSource, In } from 'typeorm';
import { asRow } from '../../db/columns';
import { duplicateAs, isUniqueViolation } from '../../db/errors';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { checkBpmnXml } from '../deployments/bpmn-check';
import { DeploymentService } from '../deployments/service';
import { FormEntity } from '../forms/entities';
import { FormService } from '../forms/service';
import { UserEntity } from '../identity/entities';
import { ServiceType, ServiceTypeEntity, ServiceTypeVersion, ServiceTypeVersionEntity } from './entities';
import { operatonPublishPlan } from './operaton-model';
import type { ServiceTypeSettings } from '@careflow/contracts';

type Author = Actor & { id: string };
type VersionView = Omit<ServiceTypeVersion, 'bpmnXml'> & { createdByName: string | null; publishedByName: string | null };
export type ServiceTypeChanges = Partial<{ names: { 'zh-CN': string; en: string }; category: string; icon: string | null; intakeFormKey: string | null }>;

export interface NewServiceType {
  key: string;
  names: { 'zh-CN': string; en: string };
  category: string;
  icon?: string;
  intakeFormKey?: string;
}

/** The service catalog: types, their versions, and publishing (lint, then deploy to the process engine). */
export class ServiceTypeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly forms: FormService,
    private readonly deployments: DeploymentService,
    private readonly audit: AuditLog,
    /** Topics some connector works on. */
    private readonly knownTopics: Set<string>,
  ) {}

  private get types() {
    return this.dataSource.getRepository(ServiceTypeEntity);
  }

  private get versions() {
    return this.dataSource.getRepository(ServiceTypeVersionEntity);
  }

  list(): Promise<ServiceType[]> {
    return this.types.find({ order: { category: 'ASC', key: 'ASC' } });
  }

  /** The type and its versions, newest first, with the display names of who saved and published them. */
  async get(key: string): Promise<{ serviceType: ServiceType; versions: VersionView[] }> {
    const serviceType = await this.find(key);
    const versions = await this.versions.find({ where: { typeKey: key }, order: { version: 'DESC' } });
    const ids = [...new Set(versions.flatMap((v) => [v.createdBy, v.publishedBy]).filter((id): id is string => !!id))];
    const users = ids.length > 0 ? await this.dataSource.getRepository(UserEntity).find({ where: { id: In(ids) }, select: { id: true, displayName: true } }) : [];
    const nameOf = (id: string | null) => (id ? (users.find((u) => u.id === id)?.displayName ?? id) : null);
    return {
      serviceType,
      versions: versions.map(({ bpmnXml: _xml, ...rest }) => ({ ...rest, createdByName: nameOf(rest.createdBy), publishedByName: nameOf(rest.publishedBy) })),
    };
  }

  async version(key: string, version: number): Promise<ServiceTypeVersion> {
    const found = Number.isInteger(version) ? await this.versions.findOneBy({ typeKey: key, version }) : null;
    if (!found) throw errors.notFound(`Service type ${key} version ${version}`);
    return found;
  }

  async create(input: NewServiceType, actor: Author): Promise<ServiceType> {
    if (input.intakeFormKey && !(await this.dataSource.getRepository(FormEntity).existsBy({ key: input.intakeFormKey }))) {
      throw errors.invalidInput([{ path: 'intakeFormKey', message: `form ${input.intakeFormKey} is not in the forms library` }]);
    }
    const now = new Date();
    const row: ServiceType = {
      key: input.key,
      nameZh: input.names['zh-CN'],
      nameEn: input.names.en,
      category: input.category,
      icon: input.icon ?? null,
      intakeFormKey: input.intakeFormKey ?? null,
      publishedVersion: null,
      createdAt: now,
      updatedAt: now,
    };
    const taken = () => errors.conflict(`Service type ${input.key} already exists`);
    const created = this.dataSource.transaction(async (m) => {
      if (await m.getRepository(ServiceTypeEntity).existsBy({ key: input.key })) throw taken();
      await m.getRepository(ServiceTypeEntity).insert(row);
      await this.audit.record(actor, { action: 'service_type.create', entityType: 'service_type', entityId: row.key, after: { ...row } }, m);
    });
    await duplicateAs(created, taken);
    return row;
  }

  /** Renames, recategorises or changes the intake form; the versions are untouched. */
  async update(key: string, changes: ServiceTypeChanges, actor: Author): Promise<ServiceType> {
    if (changes.intakeFormKey && !(await this.dataSource.getRepository(FormEntity).existsBy({ key: changes.intakeFormKey }))) {
      throw errors.invalidInput([{ path: 'intakeFormKey', message: `form ${changes.intakeFormKey} is not in the forms library` }]);
    }
    const before = await this.find(key);
    const after: ServiceType = {
      ...before,
      ...(changes.names ? { nameZh: changes.names['zh-CN'], nameEn: changes.names.en } : {}),
      ...(changes.category !== undefined ? { category: changes.category } : {}),
      ...(changes.icon !== undefined ? { icon: changes.icon || null } : {}),
      ...(changes.intakeFormKey !== undefined ? { intakeFormKey: changes.intakeFormKey || null } : {}),
      updatedAt: new Date(),
    };
    await this.dataSource.transaction(async (m) => {
      const { key: _key, createdAt: _c, ...row } = after;
      await m.getRepository(ServiceTypeEntity).update({ key }, row);
      await this.audit.record(actor, { action: 'service_type.update', entityType: 'service_type', entityId: key, before: { ...before }, after: { ...after } }, m);
    });
    return after;
  }

  /** A new draft version; the model must at least be well-formed BPMN. */
  async addVersion(key: string, input: { bpmnXml: string; settings: ServiceTypeSettings }, actor: Author): Promise<Omit<ServiceTypeVersion, 'bpmnXml'>> {
    const malformed = checkBpmnXml(input.bpmnXml);
    if (malformed.length > 0) throw errors.rejectedModel('The BPMN model is malformed', malformed);
    return this.dataSource.transaction(async (m) => {
      await this.find(key);
      const latest = await m.getRepository(ServiceTypeVersionEntity).findOne({ where: { typeKey: key }, order: { version: 'DESC' } });
      const row: ServiceTypeVersion = {
        typeKey: key,
        version: (latest?.version ?? 0) + 1,
        bpmnXml: input.bpmnXml,
        settings: input.settings,
        status: 'draft',
        bpmnProcessId: null,
        processDefinitionKey: null,
        definitionVersion: null,
        formVersions: null,
        createdBy: actor.id,
        createdAt: new Date(),
        publishedBy: null,
        publishedAt: null,
      };
      try {
        await m.getRepository(ServiceTypeVersionEntity).insert(asRow(row));
      } catch (error) {
        if (isUniqueViolation(error)) throw errors.conflict(`Version ${row.version} of ${key} was just saved by someone else; save again`);
        throw error;
      }
      await this.audit.record(actor, { action: 'service_type.add_version', entityType: 'service_type', entityId: key, after: { version: row.version, settings: row.settings } }, m);
      const { bpmnXml: _xml, ...view } = row;
      return view;
    });
  }

  /**
   * Lints the version, deploys it to the process engine and makes it the one new cases start on. Any problem is a 422 listing them, and nothing changes.
   * Publishing an older version again is a rollback (the engine makes it a new definition version).
   */
  async publish(key: string, versionNumber: number, actor: Author): Promise<ServiceTypeVersion> {
    const serviceType = await this.find(key);
    const version = await this.version(key, versionNumber);
    // A version stored before DOCTYPEs were refused is refused here, before the linter parses it.
    const rejected = `Version ${versionNumber} of ${key} cannot be published`;
    const malformed = checkBpmnXml(version.bpmnXml);
    if (malformed.length > 0) throw errors.rejectedModel(rejected, malformed);
    const publishedVersions = await this.versions.find({ where: { status: 'published' }, select: { typeKey: true, bpmnProcessId: true } });
    const processIdsOf = (versions: typeof publishedVersions) => [...new Set(versions.map((v) => v.bpmnProcessId).filter((id): id is string => id !== null))].sort();
    const knownForms = (await this.forms.list()).map((f) => f.key);
    const processIdsOfOtherTypes = new Set(processIdsOf(publishedVersions.filter((v) => v.typeKey !== key)));
    // The deployment's publish check lints the model, with every problem in one 422.
    const plan = operatonPublishPlan(version.bpmnXml, { knownForms, knownTopics: [...this.knownTopics], processIdsOfOtherTypes, publishedProcessIds: processIdsOf(publishedVersions) }, rejected);
    const { processId, formKeys } = plan;
    const formVersions = Object.fromEntries(await this.forms.latestVersions(formKeys));
    const deployment = await this.deployments.deploy({ resourceName: `${key}.bpmn`, xml: version.bpmnXml }, actor, plan.options);
    const deployed = deployment.processes.find((p) => p.bpmnProcessId === processId);
    if (!deployed) throw new Error(`The process engine deployed ${key} without process ${processId}`);
    const published: ServiceTypeVersion = {
      ...version,
      status: 'published',
      bpmnProcessId: deployed.bpmnProcessId,
      processDefinitionKey: deployed.processDefinitionKey,
      definitionVersion: deployed.version,
      formVersions,
      publishedBy: actor.id,
      publishedAt: new Date(),
    };
    await this.dataSource.transaction(async (m) => {
      const { typeKey, version: v, bpmnXml: _xml, ...changes } = published;
      await m.getRepository(ServiceTypeVersionEntity).update({ typeKey, version: v }, asRow<ServiceTypeVersion>(changes));
      await m.getRepository(ServiceTypeEntity).update({ key }, { publishedVersion: v, updatedAt: new Date() });
      const after = { publishedVersion: v, processDefinitionKey: deployed.processDefinitionKey, formVersions };
      await this.audit.record(actor, { action: 'service_type.publish', entityType: 'service_type', entityId: key, before: { publishedVersion: serviceType.publishedVersion }, after }, m);
    });
    return published;
  }

  private async find(key: string): Promise<ServiceType> {
    const found = await this.types.findOneBy({ key });
    if (!found) throw errors.notFound(`Service type ${key}`);
    return found;
  }
}
