import { Contact, Relative } from './entities';

/** Whom to call for an elder, as a process or a screen pop needs it: one number per person (a type, so it is a process variable). */
export type CallContact = { name: string; relation: string | null; phone: string };

/** The relatives to ring, in call order (sorted here too), each on their first phone; those without one are left out. */
export function relativesToCall(relatives: Relative[]): CallContact[] {
  return [...relatives]
    .sort((a, b) => a.callOrder - b.callOrder)
    .flatMap((r) => (r.phones[0] ? [{ name: r.name, relation: r.relation ?? null, phone: r.phones[0].number }] : []));
}

/** The community worker responsible for the elder, name and phone only. */
export function communityWorkerOf(worker: Contact | null): { name: string; phone: string | null } | null {
  return worker ? { name: worker.name, phone: worker.phone } : null;
}
