import { parsePhone } from '@careflow/contracts';
import { EntityManager, In } from 'typeorm';
import { errors, FieldProblem } from '../../http/errors';
import { AreaService } from '../areas/service';
import { ProviderAreaEntity } from './entities';
import { ProviderState } from './provider-state';
import { StaffInput } from './schemas';
import { sorted, within } from './sql';
import { Staff, StaffAreaEntity, StaffEntity, StaffSkillEntity } from './staff-entities';

/** A staff member with skills (item codes) and areas (area codes), both sorted. */
export type StaffState = Staff & { skills: string[]; areas: string[] };
export type StaffFields = Pick<StaffState, 'name' | 'phone' | 'status' | 'skills' | 'areas'>;

export const sameStaff = (a: StaffFields, b: StaffFields) => (['name', 'phone', 'status', 'skills', 'areas'] as const).every((f) => JSON.stringify(a[f]) === JSON.stringify(b[f]));

export async function staffWithChildren(m: EntityManager, rows: Staff[]): Promise<StaffState[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((s) => s.id);
  const [skills, areas] = await Promise.all([m.getRepository(StaffSkillEntity).findBy({ staffId: In(ids) }), m.getRepository(StaffAreaEntity).findBy({ staffId: In(ids) })]);
  return rows.map((s) => ({
    ...s,
    skills: sorted(skills.filter((k) => k.staffId === s.id), (k) => k.itemCode).map((k) => k.itemCode),
    areas: sorted(areas.filter((a) => a.staffId === s.id), (a) => a.areaCode).map((a) => a.areaCode),
  }));
}

/** Writes a staff row and its skills and areas; a new one (`fresh`) skips the empty deletes, as `writeProvider` does. */
export async function writeStaff(m: EntityManager, next: StaffState, areaPaths: Map<string, string>, fresh: boolean): Promise<void> {
  const { skills, areas, ...row } = next;
  await m.getRepository(StaffEntity).save(row);
  if (!fresh) await m.getRepository(StaffSkillEntity).delete({ staffId: next.id });
  if (skills.length > 0) await m.getRepository(StaffSkillEntity).insert(skills.map((itemCode) => ({ staffId: next.id, itemCode })));
  if (!fresh) await m.getRepository(StaffAreaEntity).delete({ staffId: next.id });
  await m.getRepository(StaffAreaEntity).insert(areas.map((areaCode) => ({ staffId: next.id, areaCode, areaPath: areaPaths.get(areaCode) ?? '' })));
}

/**
 * Checks a staff member against their provider: a mobile phone, skills among the items the provider
 * offers, areas the provider serves or below them. Returns the fields as stored and the area paths.
 */
export async function checkStaff(m: EntityManager, input: StaffInput, provider: ProviderState, areaService: AreaService) {
  const problems: FieldProblem[] = [];
  const phone = parsePhone(input.phone);
  if (phone?.kind !== 'mobile') problems.push({ path: 'phone', message: 'not a mainland mobile number' });
  const offered = provider.items.map((i) => i.code);
  input.skills.forEach((code, i) => {
    if (input.skills.indexOf(code) !== i) problems.push({ path: `skills.${i}`, message: `${code} is listed twice` });
    else if (!offered.includes(code)) problems.push({ path: `skills.${i}`, message: `${provider.name} does not offer ${code}` });
  });
  input.areas.forEach((code, i) => {
    if (input.areas.indexOf(code) !== i) problems.push({ path: `areas.${i}`, message: `${code} is listed twice` });
  });
  if (problems.length > 0) throw errors.invalidInput(problems);
  const found = await areaService.requireAll(input.areas, 'areas');
  const served = (await m.getRepository(ProviderAreaEntity).findBy({ providerId: provider.id })).map((a) => a.areaPath);
  const areaPaths = new Map(found.map((a) => [a.code, a.path]));
  input.areas.forEach((code, i) => {
    if (!within(areaPaths.get(code) ?? '', served)) problems.push({ path: `areas.${i}`, message: `${provider.name} does not serve ${code}` });
  });
  if (problems.length > 0) throw errors.invalidInput(problems);
  const fields: StaffFields = { name: input.name, phone: phone?.number ?? '', status: input.status, skills: [...input.skills].sort(), areas: [...input.areas].sort() };
  return { fields, areaPaths };
}
