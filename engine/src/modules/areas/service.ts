import { DataSource, In, Like, Repository } from 'typeorm';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { PublicUser } from '../identity/entities';
import { Area, AreaEntity, AREA_LEVELS, AreaLevel } from './entities';
import { AreaScope, unlimited } from './scope';

export interface NewArea {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
  sort?: number;
}

/** Something that refers to areas (elders, providers): says how many rows use an area's subtree. */
export type AreaUsage = (path: string) => Promise<number>;

/** The area tree, and what a user's area scope covers. */
export class AreaService {
  private readonly areas: Repository<Area>;
  private readonly usages: [string, AreaUsage][] = [];
  private providerAreas?: (providerId: string) => Promise<string[]>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {
    this.areas = dataSource.getRepository(AreaEntity);
  }

  /** Registers a referrer, so an area still in use cannot be removed. */
  usedBy(what: string, usage: AreaUsage): void {
    this.usages.push([what, usage]);
  }

  /** How a provider's users are scoped: to the area paths their provider serves. */
  scopeProvidersBy(paths: (providerId: string) => Promise<string[]>): void {
    this.providerAreas = paths;
  }

  /** Every area, parents before their children. */
  list(): Promise<Area[]> {
    return this.areas.find({ order: { path: 'ASC' } });
  }

  async get(code: string): Promise<Area> {
    const area = await this.areas.findOneBy({ code });
    if (!area) throw errors.notFound(`Area ${code}`);
    return area;
  }

  find(code: string): Promise<Area | null> {
    return this.areas.findOneBy({ code });
  }

  /** The area a record points at; a bad code is the caller's input error at `path`. */
  async require(code: string, path: string): Promise<Area> {
    const area = await this.areas.findOneBy({ code });
    if (!area) throw errors.invalidInput([{ path, message: `unknown area ${code}` }]);
    return area;
  }

  async requireAll(codes: string[], path: string): Promise<Area[]> {
    const found = codes.length === 0 ? [] : await this.areas.findBy({ code: In(codes) });
    const missing = codes.filter((code) => !found.some((a) => a.code === code));
    if (missing.length > 0) throw errors.invalidInput(missing.map((code) => ({ path, message: `unknown area ${code}` })));
    return found;
  }

  /** The path prefixes a user may see; null when unlimited. A scope naming no known area sees nothing. */
  async scopeOf(user: PublicUser): Promise<AreaScope> {
    const providerUser = user.roles.every((r) => r === 'provider_admin' || r === 'provider_staff');
    // A provider's people see the areas their provider serves (or nothing, without a provider).
    if (providerUser && user.roles.length > 0 && (user.areaScope ?? []).length === 0) return user.providerId && this.providerAreas ? this.providerAreas(user.providerId) : [];
    if (unlimited(user)) return null;
    const roots = await this.areas.findBy({ code: In(user.areaScope ?? []) });
    return roots.map((a) => a.path);
  }

  async create(input: NewArea, actor: Actor): Promise<Area> {
    const parent = input.parentCode ? await this.require(input.parentCode, 'parentCode') : null;
    const expected: AreaLevel = parent ? AREA_LEVELS[AREA_LEVELS.indexOf(parent.level) + 1] : 'city';
    if (!expected) throw errors.invalidInput([{ path: 'parentCode', message: 'a community has no areas below it' }]);
    if (input.level !== expected) throw errors.invalidInput([{ path: 'level', message: parent ? `an area under a ${parent.level} is a ${expected}` : 'an area without a parent is a city' }]);
    const area: Area = { ...input, sort: input.sort ?? 0, parentCode: parent?.code ?? null, path: `${parent?.path ?? '/'}${input.code}/`, updatedAt: new Date() };
    await this.dataSource.transaction(async (m) => {
      if (await m.getRepository(AreaEntity).existsBy({ code: input.code })) throw errors.conflict(`Area ${input.code} already exists`);
      await m.getRepository(AreaEntity).insert(area);
      await this.audit.record(actor, { action: 'area.create', entityType: 'area', entityId: area.code, after: { ...area } }, m);
    });
    return area;
  }

  /** Renames or reorders an area (its place in the tree and its code never change). */
  async update(code: string, changes: { name?: string; sort?: number }, actor: Actor): Promise<Area> {
    return this.dataSource.transaction(async (m) => {
      const before = await m.getRepository(AreaEntity).findOneBy({ code });
      if (!before) throw errors.notFound(`Area ${code}`);
      const after = { ...before, ...changes, updatedAt: new Date() };
      await m.getRepository(AreaEntity).save(after);
      await this.audit.record(actor, { action: 'area.update', entityType: 'area', entityId: code, before: { ...before }, after: { ...after } }, m);
      return after;
    });
  }

  async remove(code: string, actor: Actor): Promise<void> {
    const area = await this.get(code);
    const problems: string[] = [];
    const children = await this.areas.countBy({ path: Like(`${area.path}%`) });
    if (children > 1) problems.push(`${children - 1} areas below it`);
    for (const [what, usage] of this.usages) {
      const count = await usage(area.path);
      if (count > 0) problems.push(`${count} ${what}`);
    }
    if (problems.length > 0) throw errors.conflict(`Area ${code} is still in use: ${problems.join(', ')}`);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(AreaEntity).delete({ code });
      await this.audit.record(actor, { action: 'area.delete', entityType: 'area', entityId: code, before: { ...area } }, m);
    });
  }
}
