import { z } from 'zod';
import { timestamp } from '../wire';

/**
 * `connector` is the service user connectors act as; it is given to no person. `knowledge_author` and
 * `knowledge_reviewer` write and publish the 知识库; a user usually holds one of them beside a desk role.
 */
export const ROLES = ['admin', 'analyst', 'supervisor', 'agent', 'provider_admin', 'provider_staff', 'auditor', 'knowledge_author', 'knowledge_reviewer', 'connector'] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

/** What the API shows of a user: never the password hash or the lock-out counters. */
export const publicUserView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(role),
  groups: z.array(z.string()),
  /** Area codes whose subtrees the user may see; empty: no area limit. */
  areaScope: z.array(z.string()),
  /** Set for provider users: they see only their provider's work. */
  providerId: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  /** An admin chose the password: the user must choose their own before anything else. */
  passwordChangeRequired: z.boolean(),
});
export type PublicUserView = z.infer<typeof publicUserView>;

/** GET /api/auth/me, POST /api/auth/login. */
export const userAnswer = z.object({ user: publicUserView });

/** The service user connectors act as (role connector); the engine creates it on first start. */
export const CONNECTOR_USERNAME = 'connectors';

/** Who shipped the seeded service types and forms: not a user, so screens name it (系统预置) by this id. */
export const SEED_ACTOR_ID = 'careflow-seed';

/** POST /api/auth/login (sets the session cookie) and POST /api/auth/token (a bearer token). */
export const loginBody = z.strictObject({
  username: z.string().trim().min(1, 'required').max(64),
  password: z.string().min(1, 'required').max(256),
});
export const loginAnswer = z.object({ user: publicUserView, expiresAt: z.iso.datetime({ offset: true }) });
export const tokenAnswer = loginAnswer.extend({ token: z.string() });

/** Length and the other rules are checked by the service against the password policy (all broken rules at once). */
const password = z.string().min(1, 'required').max(256);
const groupKey = z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/, 'lower-case letters, digits, _ or -, starting with a letter');
const areaCode = z.string().regex(/^[0-9A-Za-z_-]{1,32}$/, 'an area code');

const profile = {
  displayName: z.string().trim().min(1).max(128),
  roles: z.array(role).min(1, 'at least one role'),
  groups: z.array(groupKey).max(100),
  areaScope: z.array(areaCode).max(500),
  providerId: z.string().max(36).nullable(),
  /** A mainland mobile number, for SMS copies of notifications. */
  phone: z.string().regex(/^1\d{10}$/, 'a mobile number of 11 digits').nullable(),
};

/** POST /api/users. */
export const newUserBody = z.strictObject({
  username: z.string().trim().regex(/^[A-Za-z0-9_.-]{2,64}$/, '2–64 letters, digits, _ . or -'),
  password,
  ...profile,
  groups: profile.groups.default([]),
  areaScope: profile.areaScope.default([]),
  providerId: profile.providerId.default(null),
  phone: profile.phone.default(null),
});
/** PATCH /api/users/:id: any of the profile, roles, groups, scope or the active flag. */
export const userChangesBody = z
  .strictObject({ ...profile, active: z.boolean() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export const resetPasswordBody = z.strictObject({ password });
/** POST /api/auth/password: my own, with the current one. */
export const changeOwnPasswordBody = z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: password });

export const userListAnswer = z.object({ users: z.array(publicUserView) });

/** A group of users: the candidate group of tasks. */
export const groupView = z.object({ key: z.string(), name: z.string(), createdAt: timestamp });
export const newGroupBody = z.strictObject({ key: groupKey, name: z.string().trim().min(1).max(128) });
export const groupAnswer = z.object({ group: groupView });
export const groupListAnswer = z.object({ groups: z.array(groupView) });
