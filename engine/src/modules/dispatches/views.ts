import { maskPhone } from '@careflow/contracts';
import { DataSource, In } from 'typeorm';
import { CaseEntity } from '../cases/entities';
import { ElderEntity } from '../elders/entities';
import { PublicUser } from '../identity/entities';
import { ownProviderOnly } from '../providers/access';
import { ProviderEntity, ServiceItemEntity } from '../providers/entities';
import { seesPhones } from '../providers/views';
import { Dispatch, DispatchEntity } from './entities';

export type DispatchView = Omit<Dispatch, 'key' | 'photoFileIds' | 'workWithin'> & {
  /** 1 + the earlier dispatches of the same case and service item (1 without a case). */
  attempt: number;
  photoFileIds: string[];
  serviceItemName: string;
  provider: { id: string; name: string; contactPhone: string };
  visit: { caseNumber: string; elderName: string | null; address: string | null; phone: string | null } | null;
};

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

type Sibling = Pick<Dispatch, 'id' | 'caseId' | 'serviceItem' | 'createdAt'>;
const groupOf = (d: Pick<Dispatch, 'caseId' | 'serviceItem'>) => `${d.caseId}\u0000${d.serviceItem}`;
/** Creation order, ties by id: the order attempts count in. */
const earlier = (a: Sibling, b: Sibling) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Which dispatch of its case's item each row is: 1 + those created before it (ties by id), 1 without
 * a case. The siblings are grouped and sorted once, so a page of rows costs n log n, not n².
 */
function attempts(siblings: Sibling[]): (row: Dispatch) => number {
  const groups = new Map<string, Sibling[]>();
  for (const d of siblings) {
    const group = groups.get(groupOf(d));
    if (group) group.push(d);
    else groups.set(groupOf(d), [d]);
  }
  groups.forEach((group) => group.sort(earlier));
  return (row) => {
    if (!row.caseId) return 1;
    const group = groups.get(groupOf(row)) ?? [];
    // Binary search: how many siblings come strictly before the row (the row itself is not counted).
    let [low, high] = [0, group.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (earlier(group[mid], row) < 0) low = mid + 1;
      else high = mid;
    }
    return 1 + low;
  };
}

/**
 * Orders as their reader sees them, in a fixed number of queries however many there are: the
 * provider (its phone masked for other providers), the item's name, the attempt, and the visit —
 * the case and elder, the elder's phone masked for a provider's users (calls go through the hotline).
 */
export async function dispatchViews(dataSource: DataSource, rows: Dispatch[], user: PublicUser): Promise<DispatchView[]> {
  if (rows.length === 0) return [];
  const caseIds = unique(rows.map((r) => r.caseId));
  const [providers, items, cases, siblings] = await Promise.all([
    dataSource.getRepository(ProviderEntity).findBy({ id: In(unique(rows.map((r) => r.providerId))) }),
    dataSource.getRepository(ServiceItemEntity).findBy({ code: In(unique(rows.map((r) => r.serviceItem))) }),
    caseIds.length ? dataSource.getRepository(CaseEntity).findBy({ id: In(caseIds) }) : [],
    caseIds.length ? dataSource.getRepository(DispatchEntity).find({ select: { id: true, caseId: true, serviceItem: true, createdAt: true }, where: { caseId: In(caseIds) } }) : [],
  ]);
  const elderIds = unique(cases.map((c) => c.elderId));
  const elders = byId(elderIds.length ? await dataSource.getRepository(ElderEntity).findBy({ id: In(elderIds) }) : []);
  const [providerOf, caseOf] = [byId(providers), byId(cases)];
  const itemName = new Map(items.map((i) => [i.code, i.name]));
  const attemptOf = attempts(siblings);
  const masked = ownProviderOnly(user) !== undefined;
  return rows.map((row) => {
    const p = providerOf.get(row.providerId)!;
    const fullPhone = user.roles.includes('connector') || seesPhones(user, p.id);
    const { key: _key, photoFileIds, workWithin: _window, ...rest } = row;
    const found = row.caseId ? caseOf.get(row.caseId) : undefined;
    const elder = found?.elderId ? elders.get(found.elderId) : undefined;
    const phone = elder?.phones[0]?.number ?? null;
    return {
      ...rest,
      attempt: attemptOf(row),
      photoFileIds: photoFileIds ?? [],
      serviceItemName: itemName.get(row.serviceItem) ?? row.serviceItem,
      provider: { id: p.id, name: p.name, contactPhone: fullPhone ? p.contactPhone : maskPhone(p.contactPhone) },
      visit: found ? { caseNumber: found.caseNumber, elderName: elder?.name ?? null, address: elder?.address ?? null, phone: phone && masked ? maskPhone(phone) : phone } : null,
    };
  });
}
