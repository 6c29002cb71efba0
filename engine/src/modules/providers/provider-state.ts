import { EntityManager, In } from 'typeorm';
import { errors } from '../../http/errors';
import { Provider, ProviderAreaEntity, ProviderEntity, ProviderItemEntity } from './entities';
import { StaffAreaEntity, StaffEntity, StaffSkillEntity } from './staff-entities';
import { sorted, within } from './sql';

export interface OfferedItem {
  code: string;
  price: number;
}

/** A provider with the areas it serves (codes) and the items it offers at its prices, both sorted by code. */
export type ProviderState = Provider & { areas: string[]; items: OfferedItem[] };

/** What the API and the import may change; the rest (id, rating, times) is the engine's. */
export const WRITABLE = ['name', 'creditCode', 'address', 'nature', 'contactName', 'contactPhone', 'contractFrom', 'contractTo', 'capacity', 'status', 'areas', 'items'] as const;
export type WritableField = (typeof WRITABLE)[number];

export function changedFields(before: ProviderState, after: ProviderState): WritableField[] {
  return WRITABLE.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/** Providers with their child rows, in the order given. */
export async function withChildren(m: EntityManager, rows: Provider[]): Promise<ProviderState[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((p) => p.id);
  const [areas, items] = await Promise.all([m.getRepository(ProviderAreaEntity).findBy({ providerId: In(ids) }), m.getRepository(ProviderItemEntity).findBy({ providerId: In(ids) })]);
  return rows.map((p) => ({
    ...p,
    areas: sorted(areas.filter((a) => a.providerId === p.id), (a) => a.areaCode).map((a) => a.areaCode),
    items: sorted(items.filter((i) => i.providerId === p.id), (i) => i.itemCode).map((i) => ({ code: i.itemCode, price: i.price })),
  }));
}

export async function loadProvider(m: EntityManager, id: string): Promise<ProviderState | null> {
  const row = await m.getRepository(ProviderEntity).findOneBy({ id });
  return row ? (await withChildren(m, [row]))[0] : null;
}

/**
 * Writes a provider's row, and its child rows when they changed. A new provider (`'new'`) has no
 * child rows to delete: on InnoDB an empty delete still locks the index gap, and concurrent new
 * providers then deadlock inserting into each other's gaps.
 */
export async function writeProvider(m: EntityManager, next: ProviderState, areaPaths: Map<string, string>, changed: WritableField[] | 'new'): Promise<void> {
  const { areas, items, ...row } = next;
  await m.getRepository(ProviderEntity).save(row);
  const fresh = changed === 'new';
  if (fresh || changed.includes('areas')) {
    if (!fresh) await m.getRepository(ProviderAreaEntity).delete({ providerId: next.id });
    await m.getRepository(ProviderAreaEntity).insert(areas.map((areaCode) => ({ providerId: next.id, areaCode, areaPath: areaPaths.get(areaCode) ?? '' })));
  }
  if (fresh || changed.includes('items')) {
    if (!fresh) await m.getRepository(ProviderItemEntity).delete({ providerId: next.id });
    if (items.length > 0) await m.getRepository(ProviderItemEntity).insert(items.map((i) => ({ providerId: next.id, itemCode: i.code, price: i.price })));
  }
}

/** Staff must stay inside what their provider serves and offers: a change that strands them is refused. */
export async function checkStaffStillFit(m: EntityManager, next: ProviderState, areaPaths: Map<string, string>, changed: WritableField[]): Promise<void> {
  const staffIds = (await m.getRepository(StaffEntity).find({ select: { id: true }, where: { providerId: next.id } })).map((s) => s.id);
  if (staffIds.length === 0) return;
  const problems: string[] = [];
  if (changed.includes('areas')) {
    const served = next.areas.map((code) => areaPaths.get(code) ?? '');
    const outside = (await m.getRepository(StaffAreaEntity).findBy({ staffId: In(staffIds) })).filter((a) => !within(a.areaPath, served));
    if (outside.length > 0) problems.push(`${new Set(outside.map((a) => a.staffId)).size} staff work in areas it would no longer serve (${[...new Set(outside.map((a) => a.areaCode))].join(', ')})`);
  }
  if (changed.includes('items')) {
    const offered = new Set(next.items.map((i) => i.code));
    const lost = (await m.getRepository(StaffSkillEntity).findBy({ staffId: In(staffIds) })).filter((s) => !offered.has(s.itemCode));
    if (lost.length > 0) problems.push(`${new Set(lost.map((s) => s.staffId)).size} staff have skills it would no longer offer (${[...new Set(lost.map((s) => s.itemCode))].join(', ')})`);
  }
  if (problems.length > 0) throw errors.conflict(`Provider ${next.name}: ${problems.join('; ')}; change their staff first`);
}
