import type { DecisionVersionView } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../db/errors';
import { errors } from '../../http/errors';
import { OperatonDeployments } from '../../operaton/deployments';
import { ProcessEngineRejection } from '../../operaton/rest';
import { Actor, AuditLog } from '../audit/service';
import { engineMessageZh, type PublishProblem } from '../deployments/publish-check';
import type { OperatonRuntime } from '../../kernel/operaton';
import { readDmnFile } from './dmn-file';
import { DecisionVersion, DecisionVersionEntity } from './entities';

type Author = Actor & { id: string };
const view = ({ dmnXml: _xml, deploymentId: _deployment, ...rest }: DecisionVersion): DecisionVersionView => rest;

/**
 * 决策表: DMN decision tables, versioned here and deployed to the process engine on their own. A
 * business rule task names a table by key and, bound to the latest definition, evaluates the newest
 * published version: publishing a table changes what the next case decides, with no process change.
 */
export class DecisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly operaton: Pick<OperatonRuntime, 'rest'>,
  ) {}

  private get versions() {
    return this.dataSource.getRepository(DecisionVersionEntity);
  }

  async list() {
    const rows = await this.versions.find({ select: { key: true, version: true, name: true, status: true, createdAt: true, publishedAt: true }, order: { key: 'ASC', version: 'DESC' } });
    const byKey = new Map<string, typeof rows>();
    for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
    return [...byKey.values()].map((versions) => {
      const latest = versions[0];
      const published = versions.find((v) => v.status === 'published');
      const updatedAt = new Date(Math.max(...versions.map((v) => Math.max(v.createdAt.getTime(), v.publishedAt?.getTime() ?? 0))));
      return { key: latest.key, name: (published ?? latest).name, latestVersion: latest.version, publishedVersion: published?.version ?? null, updatedAt };
    });
  }

  /** The versions, newest first, and the DMN of one (default: the newest). */
  async get(key: string, versionNumber?: number) {
    const versions = await this.versions.find({ where: { key }, order: { version: 'DESC' } });
    if (versions.length === 0) throw errors.notFound(`Decision table ${key}`);
    const chosen = versionNumber === undefined ? versions[0] : versions.find((v) => v.version === versionNumber);
    if (!chosen) throw errors.notFound(`Version ${versionNumber} of decision table ${key}`);
    return { versions: versions.map(view), version: view(chosen), xml: chosen.dmnXml };
  }

  /** A new table from a DMN file: version 1, a draft. Its key is the decision's id. */
  async create(xml: string, actor: Author): Promise<DecisionVersionView> {
    const file = this.read(xml);
    if (await this.versions.existsBy({ key: file.key })) throw errors.conflict(`Decision table ${file.key} already exists: save a new version of it`);
    return this.insert(file.key, 1, file.name, xml, actor);
  }

  /** A new draft version of a table (the decision id must stay the table's key). */
  async addVersion(key: string, xml: string, actor: Author): Promise<DecisionVersionView> {
    const latest = await this.versions.findOne({ where: { key }, order: { version: 'DESC' } });
    if (!latest) throw errors.notFound(`Decision table ${key}`);
    const file = this.read(xml, key);
    return this.insert(key, latest.version + 1, file.name, xml, actor);
  }

  /**
   * Deploys the version to the process engine as a deployment of its own and makes it the published
   * one (the one before is superseded). The engine's parser refusing the table is a 422, and nothing changes.
   */
  async publish(key: string, versionNumber: number, actor: Author): Promise<DecisionVersionView> {
    const version = await this.versions.findOneBy({ key, version: versionNumber });
    if (!version) throw errors.notFound(`Version ${versionNumber} of decision table ${key}`);
    if (version.status !== 'draft') throw errors.conflict(`Version ${versionNumber} of ${key} is ${version.status}: only a draft is published`);
    const deployments = new OperatonDeployments(this.operaton.rest);
    let deployment;
    try {
      deployment = await deployments.create({ name: `decision:${key}`, source: 'careflow', resources: [{ name: `${key}.dmn`, content: version.dmnXml }] });
    } catch (error) {
      if (!(error instanceof ProcessEngineRejection)) throw error;
      const refused: PublishProblem = { message: engineMessageZh(error.message), messageEn: error.message, severity: 'error', source: 'engine', resource: `${key}.dmn` };
      throw errors.rejectedModel(`Version ${versionNumber} of decision table ${key} cannot be published`, [refused]);
    }
    const deployed = deployment.decisionDefinitions.find((d) => d.key === key);
    const published: DecisionVersion = { ...version, status: 'published', deploymentId: deployment.id, definitionVersion: deployed?.version ?? null, publishedBy: actor.id, publishedAt: new Date() };
    await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(DecisionVersionEntity);
      await repo.update({ key, status: 'published' }, { status: 'superseded' });
      await repo.update({ key, version: versionNumber }, { status: 'published', deploymentId: published.deploymentId, definitionVersion: published.definitionVersion, publishedBy: actor.id, publishedAt: published.publishedAt });
      const after = { version: versionNumber, deploymentId: deployment.id, definitionVersion: published.definitionVersion };
      await this.audit.record(actor, { action: 'decision.publish', entityType: 'decision', entityId: key, after }, m);
    });
    return view(published);
  }

  /** Whether some version of the table exists, and whether one is published (what the seed asks). */
  async state(key: string): Promise<{ versions: DecisionVersion[]; published: boolean }> {
    const versions = await this.versions.find({ where: { key }, order: { version: 'DESC' } });
    return { versions, published: versions.some((v) => v.status === 'published') };
  }

  private read(xml: string, expectedKey?: string) {
    const { file, problems } = readDmnFile(xml, expectedKey);
    if (!file) throw errors.rejectedModel('The decision table cannot be saved', problems);
    return file;
  }

  private async insert(key: string, version: number, name: string, xml: string, actor: Author): Promise<DecisionVersionView> {
    const row: DecisionVersion = { key, version, name, dmnXml: xml, status: 'draft', deploymentId: null, definitionVersion: null, createdBy: actor.id, createdAt: new Date(), publishedBy: null, publishedAt: null };
    try {
      await this.dataSource.transaction(async (m) => {
        await m.getRepository(DecisionVersionEntity).insert(row);
        await this.audit.record(actor, { action: 'decision.save', entityType: 'decision', entityId: key, after: { version, name } }, m);
      });
    } catch (error) {
      // Two saves at once: the second one's version number is taken.
      if (isUniqueViolation(error)) throw errors.conflict(`Version ${version} of decision table ${key} was saved meanwhile: reload and save again`);
      throw error;
    }
    return view(row);
  }
}
