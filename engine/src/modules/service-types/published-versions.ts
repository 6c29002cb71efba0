import { DataSource, Repository } from 'typeorm';
import { errors } from '../../http/errors';
import { ServiceType, ServiceTypeVersion, ServiceTypeVersionEntity } from './entities';

/**
 * The version each service type's new cases start on, read once per publish rather than once per
 * case (the row carries the whole BPMN). A publish, a rollback or any other change of the type
 * moves its `updatedAt` in the same transaction, so the type row the caller has just read says
 * whether the cached version is still the one: right on every node of a cluster, with no
 * invalidation message. One entry per type.
 */
export class PublishedVersions {
  private readonly versions: Repository<ServiceTypeVersion>;
  private readonly byType = new Map<string, { stamp: string; version: ServiceTypeVersion }>();

  constructor(dataSource: DataSource) {
    this.versions = dataSource.getRepository(ServiceTypeVersionEntity);
  }

  /** The published version of this (freshly read) type; a 409 when it has none. */
  async of(type: ServiceType): Promise<ServiceTypeVersion> {
    if (type.publishedVersion === null) throw errors.conflict(`Service type ${type.key} has no published version`);
    const stamp = `${type.publishedVersion}@${type.updatedAt.getTime()}`;
    const cached = this.byType.get(type.key);
    if (cached?.stamp === stamp) return cached.version;
    const version = await this.versions.findOneByOrFail({ typeKey: type.key, version: type.publishedVersion });
    this.byType.set(type.key, { stamp, version });
    return version;
  }
}
