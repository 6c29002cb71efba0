import { EntitySchema, EntityManager } from 'typeorm';
import { column, named } from '../../db/columns';
import { errors } from '../../http/errors';
import type { Variables } from '../../operaton/json';
import type { PublicUser } from '../identity/entities';
import type { Case } from './entities';

/**
 * 来电人保密 (GB/T 33358): when the caller asks, their name and number are kept here, apart from the case's
 * process, which gets a placeholder instead. Only the agent who took the case and auditors read them, each read audited.
 */
export interface CallerIdentity {
  caseId: string;
  name: string | null;
  phone: string | null;
  recordedBy: string;
  recordedAt: Date;
}

export const CallerIdentityEntity = new EntitySchema<CallerIdentity>({
  name: 'CallerIdentity',
  tableName: 'case_caller_identities',
  columns: {
    caseId: { ...named('case_id', column.text(36)), primary: true },
    name: column.text(100, true),
    phone: column.text(40, true),
    recordedBy: named('recorded_by', column.text(36)),
    recordedAt: named('recorded_at', column.time()),
  },
});

/** What the process sees in place of a confidential caller's name. */
export const WITHHELD_NAME = '（来电人要求保密）';
/** The variables that name or reach the caller. */
const NAME_VARIABLES = ['callerName'];
const PHONE_VARIABLES = ['callerPhone', 'callerNumber'];

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 100) : null);

/** A confidential intake's caller taken out of its variables; others pass through untouched. */
export function withholdCaller(variables: Variables): { variables: Variables; caller?: { name: string | null; phone: string | null } } {
  if (variables.confidential !== true) return { variables };
  const name = NAME_VARIABLES.map((k) => text(variables[k])).find(Boolean) ?? null;
  const phone = PHONE_VARIABLES.map((k) => text(variables[k])).find(Boolean) ?? null;
  const rest: Variables = { ...variables };
  for (const k of NAME_VARIABLES) rest[k] = WITHHELD_NAME;
  // Empty, not absent: a model testing `not empty callerPhone` simply skips what would reach the caller.
  for (const k of PHONE_VARIABLES) rest[k] = '';
  return { variables: rest, caller: { name, phone } };
}

export async function keepCaller(m: EntityManager, caseId: string, caller: { name: string | null; phone: string | null }, recordedBy: string): Promise<void> {
  await m.getRepository(CallerIdentityEntity).insert({ caseId, ...caller, recordedBy, recordedAt: new Date() });
}

/** Who may read a confidential caller: the agent who took the case and auditors; anyone else is refused. */
export function requireCallerReader(found: Case, user: PublicUser): void {
  if (found.openedBy === user.id || user.roles.includes('auditor')) return;
  throw errors.forbidden('The caller asked for confidentiality: only the agent who took the case and auditors may see who called');
}
