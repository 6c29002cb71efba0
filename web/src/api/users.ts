import { api } from './client';

/** The roles the engine knows (engine/src/modules/identity/entities.ts ROLES). */
export const ROLES = ['admin', 'supervisor', 'agent', 'analyst', 'auditor', 'provider_admin', 'provider_staff', 'connector'] as const;
export type Role = (typeof ROLES)[number];
/** Roles whose users act for one provider, so they need one. */
export const PROVIDER_ROLES: readonly string[] = ['provider_admin', 'provider_staff'];
/** The connectors' service account: the engine makes it, no person signs in with it. */
export const CONNECTOR_USERNAME = 'connectors';

/** A user as the engine shows it (never the password hash). */
export interface ManagedUser {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  groups: string[];
  areaScope: string[];
  providerId: string | null;
  phone: string | null;
  active: boolean;
}

export interface UserProfile {
  displayName: string;
  roles: string[];
  groups: string[];
  areaScope: string[];
  providerId: string | null;
  phone?: string | null;
}

export interface NewUserInput extends UserProfile {
  username: string;
  password: string;
}

export interface UserGroup {
  key: string;
  name: string;
  createdAt: string;
}

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export async function listUsers(): Promise<ManagedUser[]> {
  return (await api.get<{ users: ManagedUser[] }>('/api/users')).users;
}

export async function createUser(input: NewUserInput): Promise<ManagedUser> {
  return (await api.post<{ user: ManagedUser }>('/api/users', input)).user;
}

export async function updateUser(id: string, changes: Partial<UserProfile> & { active?: boolean }): Promise<ManagedUser> {
  return (await api.patch<{ user: ManagedUser }>(userPath(id), changes)).user;
}

/** Sets a new password; the engine also unlocks the account and ends its sessions. */
export async function resetUserPassword(id: string, password: string): Promise<void> {
  await api.post<unknown>(`${userPath(id)}/password`, { password });
}

export async function listGroups(): Promise<UserGroup[]> {
  return (await api.get<{ groups: UserGroup[] }>('/api/groups')).groups;
}

export async function createGroup(input: { key: string; name: string }): Promise<UserGroup> {
  return (await api.post<{ group: UserGroup }>('/api/groups', input)).group;
}
