import type { groupAnswer, groupListAnswer, groupView, newGroupBody, newUserBody, publicUserView, Role, userAnswer, userChangesBody, userListAnswer, Wire } from '@careflow/contracts';
import { api } from './client';

export { CONNECTOR_USERNAME } from '@careflow/contracts';
export type { Role } from '@careflow/contracts';

/** The order the role pickers list roles in: desk roles first, the service role last. */
export const ROLE_ORDER: readonly Role[] = ['admin', 'supervisor', 'agent', 'analyst', 'knowledge_author', 'knowledge_reviewer', 'auditor', 'provider_admin', 'provider_staff', 'connector'];
/** Roles whose users act for one provider, so they need one. */
export const PROVIDER_ROLES: readonly string[] = ['provider_admin', 'provider_staff'];

/** A user as the engine shows it (never the password hash). */
export type ManagedUser = Wire<typeof publicUserView>;
export type NewUserInput = Wire<typeof newUserBody>;
export type UserChanges = Wire<typeof userChangesBody>;
export type UserGroup = Wire<typeof groupView>;

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export async function listUsers(): Promise<ManagedUser[]> {
  return (await api.get<Wire<typeof userListAnswer>>('/api/users')).users;
}

export async function createUser(input: NewUserInput): Promise<ManagedUser> {
  return (await api.post<Wire<typeof userAnswer>>('/api/users', input)).user;
}

export async function updateUser(id: string, changes: UserChanges): Promise<ManagedUser> {
  return (await api.patch<Wire<typeof userAnswer>>(userPath(id), changes)).user;
}

/** Sets a new password; the engine also unlocks the account and ends its sessions. */
export async function resetUserPassword(id: string, password: string): Promise<void> {
  await api.post<unknown>(`${userPath(id)}/password`, { password });
}

export async function listGroups(): Promise<UserGroup[]> {
  return (await api.get<Wire<typeof groupListAnswer>>('/api/groups')).groups;
}

export async function createGroup(input: Wire<typeof newGroupBody>): Promise<UserGroup> {
  return (await api.post<Wire<typeof groupAnswer>>('/api/groups', input)).group;
}
