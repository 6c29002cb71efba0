import { EntitySchema } from 'typeorm';
import { column } from '../../db/columns';

export const ROLES = ['admin', 'analyst', 'supervisor', 'agent', 'provider_admin', 'provider_staff', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
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
    createdAt: { ...column.time(), name: 'created_at' },
    updatedAt: { ...column.time(), name: 'updated_at' },
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

/** What the API shows of a user. */
export function publicUser(user: User) {
  return { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles };
}
export type PublicUser = ReturnType<typeof publicUser>;
