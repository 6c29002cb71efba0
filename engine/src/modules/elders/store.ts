import crypto from 'node:crypto';
import { EntityManager, In, Not } from 'typeorm';
import { asRow } from '../../db/columns';
import { errors } from '../../http/errors';
import { CheckedElder } from './check';
import { ElderInput } from './schema';
import { Elder, ElderEntity, PhoneLink, PhoneLinkEntity, Relative, RelativeEntity, Terminal, TerminalEntity } from './entities';

/** The file's own columns from a checked input (relatives and terminals are rows of their own). */
export function elderColumns(checked: CheckedElder): Omit<Elder, 'id' | 'areaPath' | 'status' | 'version' | 'createdAt' | 'updatedAt'> {
  const { relatives: _r, terminals: _t, ...columns } = checked;
  return columns;
}

/** Everything an edit can change, in a stable shape: equal content means an import changes nothing. */
export function content(elder: Omit<Elder, 'id' | 'areaPath' | 'status' | 'version' | 'createdAt' | 'updatedAt'>, relatives: Omit<Relative, 'id' | 'elderId'>[], terminals: Omit<Terminal, 'id' | 'elderId'>[]): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (value && typeof value === 'object' && !(value instanceof Date)) return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])]));
    return value;
  };
  const strip = <T extends object>(rows: T[]) => rows.map(({ id: _id, elderId: _e, ...rest }: T & { id?: string; elderId?: string }) => rest);
  const columns = Object.fromEntries(Object.entries(elder).filter(([k]) => !['id', 'areaPath', 'status', 'version', 'createdAt', 'updatedAt'].includes(k)));
  return JSON.stringify(sorted({ ...columns, relatives: strip(relatives), terminals: strip(terminals) }));
}

export function childRows(elderId: string, checked: CheckedElder): { relatives: Relative[]; terminals: Terminal[]; links: PhoneLink[] } {
  const relatives = checked.relatives.map((r, i) => ({ id: crypto.randomUUID(), elderId, callOrder: i + 1, name: r.name, relation: r.relation, phones: r.phones, livesNearby: r.livesNearby }));
  const terminals = checked.terminals.map((t) => ({ id: crypto.randomUUID(), elderId, type: t.type, number: t.number, deviceId: t.deviceId, buttons: t.buttons }));
  const links = new Map<string, PhoneLink>();
  const link = (phone: string, source: PhoneLink['source'], via: string | null) => links.set(`${phone}|${source}`, { phone, elderId, source, via });
  checked.phones.forEach((p) => link(p.number, 'elder', null));
  relatives.forEach((r) => r.phones.forEach((p) => link(p.number, 'relative', r.name)));
  terminals.forEach((t) => t.number && link(t.number, 'terminal', null));
  return { relatives, terminals, links: [...links.values()] };
}

/** Refuses an ID card or a device id that belongs to another elder, naming the field. */
export async function checkUnique(m: EntityManager, elderId: string, checked: CheckedElder): Promise<void> {
  if (checked.idCard && (await m.getRepository(ElderEntity).existsBy({ idCard: checked.idCard, id: Not(elderId) }))) {
    throw errors.conflict('Another elder file has this ID card number', [{ path: 'idCard', message: 'belongs to another elder file' }]);
  }
  const devices = checked.terminals.map((t) => t.deviceId).filter((d): d is string => Boolean(d));
  const seen = devices.findIndex((d, i) => devices.indexOf(d) !== i);
  if (seen >= 0) throw errors.invalidInput([{ path: 'terminals', message: `device ${devices[seen]} is listed twice` }]);
  if (devices.length > 0) {
    const taken = await m.getRepository(TerminalEntity).findBy({ deviceId: In(devices), elderId: Not(elderId) });
    if (taken.length > 0) throw errors.conflict(`Device ${taken[0].deviceId} belongs to another elder file`, [{ path: 'terminals', message: `device ${taken[0].deviceId} is taken` }]);
  }
}

/**
 * Replaces the elder's relatives, terminals and phone links inside the caller's transaction. A new
 * file has none to delete, and skips the deletes: on InnoDB a delete that finds no rows still locks
 * the index gap, and concurrent new files then deadlock inserting into each other's gaps.
 */
export async function writeChildren(m: EntityManager, elderId: string, checked: CheckedElder, fresh = false): Promise<{ relatives: Relative[]; terminals: Terminal[] }> {
  const rows = childRows(elderId, checked);
  if (!fresh) for (const entity of [RelativeEntity, TerminalEntity, PhoneLinkEntity] as const) await m.getRepository(entity).delete({ elderId });
  if (rows.relatives.length > 0) await m.getRepository(RelativeEntity).insert(rows.relatives.map((r) => asRow<Relative>(r)));
  if (rows.terminals.length > 0) await m.getRepository(TerminalEntity).insert(rows.terminals.map((t) => asRow<Terminal>(t)));
  if (rows.links.length > 0) await m.getRepository(PhoneLinkEntity).insert(rows.links);
  return rows;
}

/** A stored file as an edit input: what an import overlays its columns on. */
export function inputFromStored(elder: Elder, relatives: Relative[], terminals: Terminal[]): ElderInput {
  return {
    name: elder.name,
    gender: elder.gender,
    birthDate: elder.birthDate,
    idCard: elder.idCard,
    phones: elder.phones.map(({ number, label }) => ({ number, ...(label ? { label } : {}) })),
    address: elder.address,
    areaCode: elder.areaCode,
    livingSituation: elder.livingSituation,
    health: elder.health,
    doctor: elder.doctor,
    communityWorker: elder.communityWorker,
    subsidyCategory: elder.subsidyCategory,
    interests: elder.interests,
    notes: elder.notes,
    serviceNotes: elder.serviceNotes,
    photoFileId: elder.photoFileId,
    relatives: relatives.map((r) => ({ name: r.name, relation: r.relation, phones: r.phones.map(({ number, label }) => ({ number, ...(label ? { label } : {}) })), livesNearby: r.livesNearby })),
    terminals: terminals.map((t) => ({ type: t.type, number: t.number, deviceId: t.deviceId, buttons: t.buttons })),
  };
}
