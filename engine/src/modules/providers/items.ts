import { yuan } from '@careflow/contracts';
import { duplicateAs } from '../../db/errors';
import { DataSource, FindOptionsWhere, In } from 'typeorm';
import { errors, FieldProblem } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { DictionaryService } from '../dictionaries/service';
import { ProviderItemEntity, ServiceItem, ServiceItemEntity } from './entities';
import { NewServiceItemInput, ServiceItemChangesInput } from './schemas';


/** The price window of an item as people read it. */
export const priceWindow = (item: ServiceItem) => `${yuan(item.minPrice)}–${yuan(item.maxPrice)} per ${item.unit}`;

/** 服务项目: the catalog of service items and their price limits. */
export class ServiceItemService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly dictionaries: DictionaryService,
  ) {}

  list(filter: { category?: string; active?: 'true' | 'false' } = {}): Promise<ServiceItem[]> {
    const where: FindOptionsWhere<ServiceItem> = {};
    if (filter.category) where.category = filter.category;
    if (filter.active) where.active = filter.active === 'true';
    return this.dataSource.getRepository(ServiceItemEntity).find({ where, order: { category: 'ASC', code: 'ASC' } });
  }

  /** The items with these codes, by code (unknown codes are simply absent). */
  async byCodes(codes: string[]): Promise<Map<string, ServiceItem>> {
    const found = codes.length === 0 ? [] : await this.dataSource.getRepository(ServiceItemEntity).findBy({ code: In(codes) });
    return new Map(found.map((i) => [i.code, i]));
  }

  async create(input: NewServiceItemInput, actor: Actor): Promise<ServiceItem> {
    const item: ServiceItem = { ...input, updatedAt: new Date() };
    await this.check(item, true);
    const taken = () => errors.conflict(`Service item ${item.code} already exists`);
    const created = this.dataSource.transaction(async (m) => {
      if (await m.getRepository(ServiceItemEntity).existsBy({ code: item.code })) throw taken();
      await m.getRepository(ServiceItemEntity).insert(item);
      await this.audit.record(actor, { action: 'service_item.create', entityType: 'service_item', entityId: item.code, after: { ...item } }, m);
    });
    await duplicateAs(created, taken);
    return item;
  }

  /** Changes an item; new price limits must still hold every provider's price for it. */
  async update(code: string, changes: ServiceItemChangesInput, actor: Actor): Promise<ServiceItem> {
    const current = await this.dataSource.getRepository(ServiceItemEntity).findOneBy({ code });
    if (!current) throw errors.notFound(`Service item ${code}`);
    await this.check({ ...current, ...changes }, changes.category !== undefined && changes.category !== current.category);
    return this.dataSource.transaction(async (m) => {
      const before = await m.getRepository(ServiceItemEntity).findOneBy({ code });
      if (!before) throw errors.notFound(`Service item ${code}`);
      const after: ServiceItem = { ...before, ...changes, updatedAt: new Date() };
      const prices = await m.getRepository(ProviderItemEntity).findBy({ itemCode: code });
      const outside = prices.filter((p) => p.price < after.minPrice || p.price > after.maxPrice);
      if (outside.length > 0) throw errors.conflict(`${outside.length} providers charge outside ${priceWindow(after)} for ${before.name}; change their prices first`, { providers: outside.map((p) => p.providerId) });
      await m.getRepository(ServiceItemEntity).save(after);
      await this.audit.record(actor, { action: 'service_item.update', entityType: 'service_item', entityId: code, before: { ...before }, after: { ...after } }, m);
      return after;
    });
  }

  private async check(item: ServiceItem, checkCategory: boolean): Promise<void> {
    const problems: FieldProblem[] = [];
    const category = checkCategory ? await this.dictionaries.problem('service_category', item.category, 'category') : undefined;
    if (category) problems.push(category);
    if (item.minPrice > item.maxPrice) problems.push({ path: 'minPrice', message: `the lowest price ${yuan(item.minPrice)} is above the highest ${yuan(item.maxPrice)}` });
    else if (item.defaultPrice < item.minPrice || item.defaultPrice > item.maxPrice) problems.push({ path: 'defaultPrice', message: `must lie within ${priceWindow(item)}` });
    if (problems.length > 0) throw errors.invalidInput(problems);
  }
}
