import { maskIdCard, maskPhone } from '@careflow/contracts';
import { PublicUser } from '../identity/entities';
import { Contact, Elder, Phone, Relative, Terminal } from './entities';

/**
 * What a role sees of an elder. Agents, supervisors and admins need the whole file (a call is an
 * emergency); analysts and auditors see it masked, without health; providers see what a job at
 * the door needs. Every full read is audited.
 */
export type ElderAccess = 'full' | 'masked' | 'provider';

export function accessOf(user: PublicUser): ElderAccess {
  if (user.roles.some((r) => r === 'admin' || r === 'supervisor' || r === 'agent')) return 'full';
  if (user.roles.some((r) => r === 'analyst' || r === 'auditor')) return 'masked';
  return 'provider';
}

/** The fields a full read discloses, as the audit entry names them. */
export const SENSITIVE_FIELDS = ['idCard', 'phones', 'health', 'relatives.phones', 'terminals'] as const;

export function ageOn(birthDate: string, today = new Date()): number {
  const [y, m, d] = birthDate.split('-').map(Number);
  const beforeBirthday = today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d);
  return today.getUTCFullYear() - y - (beforeBirthday ? 1 : 0);
}

const maskedPhones = (phones: Phone[]) => phones.map((p) => ({ ...p, number: maskPhone(p.number) }));
const maskedContact = (c: Contact | null) => (c ? { ...c, phone: c.phone ? maskPhone(c.phone) : null } : null);

/** What a list line or a lookup needs of a file. */
export type SummaryFields = Pick<Elder, 'id' | 'name' | 'gender' | 'birthDate' | 'address' | 'areaCode' | 'status' | 'phones' | 'livingSituation' | 'health'>;

/** A line in a list or a lookup: never unmasked, so lists need no audit. */
export function elderSummary(elder: SummaryFields, access: ElderAccess) {
  const base = { id: elder.id, name: elder.name, gender: elder.gender, age: ageOn(elder.birthDate), address: elder.address, areaCode: elder.areaCode, status: elder.status, phone: elder.phones[0] ? maskPhone(elder.phones[0].number) : null };
  if (access === 'provider') return base;
  return {
    ...base,
    livingSituation: elder.livingSituation,
    // Key flags for an agent choosing among namesakes: who lives alone, who cannot look after themselves.
    flags: access === 'full' ? { disabilityLevel: elder.health.disabilityLevel, selfCare: elder.health.selfCare, conditions: elder.health.conditions } : null,
  };
}

export function elderDetail(elder: Elder, relatives: Relative[], terminals: Terminal[], access: ElderAccess) {
  if (access === 'provider') return { ...elderSummary(elder, access), serviceNotes: elder.serviceNotes };
  const { nameInitials: _initials, areaPath: _path, ...file } = elder;
  if (access === 'full') return { ...file, age: ageOn(elder.birthDate), relatives, terminals };
  return {
    ...file,
    age: ageOn(elder.birthDate),
    idCard: elder.idCard ? maskIdCard(elder.idCard) : null,
    phones: maskedPhones(elder.phones),
    health: null,
    doctor: maskedContact(elder.doctor),
    communityWorker: maskedContact(elder.communityWorker),
    relatives: relatives.map((r) => ({ ...r, phones: maskedPhones(r.phones) })),
    terminals: terminals.map((t) => ({ ...t, number: t.number ? maskPhone(t.number) : null, deviceId: null })),
  };
}
