import { EntitySchema } from 'typeorm';
import { column } from '../../db/columns';

import type { Role } from '@careflow/contracts';

/** `connector` is the service user connectors act as; it is given to no person (see contracts). */
export { CONNECTOR_USERNAME, ROLES } from '@careflow/contracts';
export type { Role } from '@careflow/contracts';

export interface User {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  active: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
  /** An admin chose the password (new user, reset): the user must choose their own before anything else. */
  passwordChangeRequired: boolean;
  /** Area codes whose subtrees the user may see; null or empty → no area limit. */
  areaScope: string[] | null;
  /** Set for provider users: they see only their provider's work. */
  providerId: string | null;
  /** Mobile phone, digits only: notifications may be copied to it by SMS. */
  phone?: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Group {
  key: string;
  name: string;
  createdAt: Date;
}

export interface GroupMember {
  userId: string;
  groupKey: string;
}

export interface Session {
  /** sha256 of the token; the token itself is only ever in the cookie or the client. */
  id: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
}

export const UserEntity = new EntitySchema<User>({
  name: 'User',
  tableName: 'users',
  columns: {
    id: column.id(),
    username: column.text(64),
    displayName: { ...column.text(128), name: 'display_name' },
    passwordHash: { ...column.text(), name: 'password_hash' },
    roles: column.json(),
    active: column.flag(),
    failedLogins: { type: 'int', default: 0, name: 'failed_logins' },
    lockedUntil: { ...column.time(true), name: 'locked_until' },
    passwordChangeRequired: { type: 'boolean', default: false, name: 'password_change_required' },
    areaScope: { ...column.json(true), name: 'area_scope' },
    providerId: { ...column.text(36, true), name: 'provider_id' },
    phone: column.text(20, true),
    createdAt: { ...column.time(), name: 'created_at' },
    updatedAt: { ...column.time(), name: 'updated_at' },
  },
});

export const GroupEntity = new EntitySchema<Group>({
  name: 'Group',
  tableName: 'user_groups',
  columns: {
    key: { ...column.text(64), primary: true },
    name: column.text(128),
    createdAt: { ...column.time(), name: 'created_at' },
  },
});

export const GroupMemberEntity = new EntitySchema<GroupMember>({
  name: 'GroupMember',
  tableName: 'user_group_members',
  columns: {
    userId: { ...column.text(36), primary: true, name: 'user_id' },
    groupKey: { ...column.text(64), primary: true, name: 'group_key' },
  },
});

export const SessionEntity = new EntitySchema<Session>({
  name: 'Session',
  tableName: 'sessions',
  columns: {
    id: { ...column.text(64), primary: true },
    userId: { ...column.text(36), name: 'user_id' },
    createdAt: { ...column.time(), name: 'created_at' },
    expiresAt: { ...column.time(), name: 'expires_at' },
  },
});

/** What the API shows of a user (never the hash or lock-out counters). */
export function publicUser(user: User, groups: string[]) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    groups,
    areaScope: user.areaScope ?? [],
    providerId: user.providerId,
    phone: user.phone ?? null,
    active: user.active,
    passwordChangeRequired: user.passwordChangeRequired,
  };
}
export type PublicUser = ReturnType<typeof publicUser>;
