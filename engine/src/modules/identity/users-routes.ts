import { z } from 'zod';
import { actorOf, currentUser, route, param } from '../../http/route';
import { ROLES } from './entities';
import { UserService } from './users-service';

/** Length and the other rules are checked by the service against password-policy (all broken rules at once). */
const Password = z.string().min(1, 'required').max(256);
const GroupKey = z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/, 'lower-case letters, digits, _ or -, starting with a letter');
const AreaCode = z.string().regex(/^[0-9A-Za-z_-]{1,32}$/, 'an area code');

const Profile = {
  displayName: z.string().trim().min(1).max(128),
  roles: z.array(z.enum(ROLES)).min(1, 'at least one role'),
  groups: z.array(GroupKey).max(100),
  areaScope: z.array(AreaCode).max(500),
  providerId: z.string().max(36).nullable(),
  /** A mainland mobile number, for SMS copies of notifications. */
  phone: z.string().regex(/^1\d{10}$/, 'a mobile number of 11 digits').nullable(),
};

const NewUserBody = z.strictObject({
  username: z.string().trim().regex(/^[A-Za-z0-9_.-]{2,64}$/, '2–64 letters, digits, _ . or -'),
  password: Password,
  ...Profile,
  groups: Profile.groups.default([]),
  areaScope: Profile.areaScope.default([]),
  providerId: Profile.providerId.default(null),
  phone: Profile.phone.default(null),
});

const UserChangesBody = z
  .strictObject({ ...Profile, active: z.boolean() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');

const ADMIN = ['admin'] as const;

export function userRoutes(users: UserService) {
  return [
    route({ method: 'get', path: '/users', summary: 'All users', access: ADMIN, handler: async () => ({ users: await users.list() }) }),
    route({
      method: 'get',
      path: '/users/:id',
      summary: 'One user',
      access: ADMIN,
      handler: async (ctx) => ({ user: await users.get(param(ctx, 'id')) }),
    }),
    route({
      method: 'post',
      path: '/users',
      summary: 'Create a user',
      access: ADMIN,
      body: NewUserBody,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ user: await users.create(body, actorOf(ctx)) }),
    }),
    route({
      method: 'patch',
      path: '/users/:id',
      summary: 'Change a user’s profile, roles, groups, scope or active flag',
      access: ADMIN,
      body: UserChangesBody,
      audit: 'service',
      handler: async (ctx, body) => ({ user: await users.update(param(ctx, 'id'), body, actorOf(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/users/:id/password',
      summary: 'Set a user’s password (unlocks the account, ends its sessions)',
      access: ADMIN,
      body: z.strictObject({ password: Password }),
      audit: 'service',
      handler: async (ctx, body) => users.resetPassword(param(ctx, 'id'), body.password, actorOf(ctx)),
    }),
    route({
      method: 'post',
      path: '/auth/password',
      summary: 'Change my own password (ends my other sessions)',
      access: 'authenticated',
      body: z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: Password }),
      audit: 'service',
      handler: async (ctx, body) => users.changeOwnPassword(currentUser(ctx).id, body.currentPassword, body.newPassword, actorOf(ctx), ctx.state.token),
    }),
    route({ method: 'get', path: '/groups', summary: 'All groups', access: ['admin', 'supervisor'], handler: async () => ({ groups: await users.listGroups() }) }),
    route({
      method: 'post',
      path: '/groups',
      summary: 'Create a group (used as candidate group of tasks)',
      access: ADMIN,
      body: z.strictObject({ key: GroupKey, name: z.string().trim().min(1).max(128) }),
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ group: await users.createGroup(body, actorOf(ctx)) }),
    }),
  ];
}
