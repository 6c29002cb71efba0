import {
  ACCESS,
  changeOwnPasswordBody,
  groupAnswer,
  groupListAnswer,
  newGroupBody,
  newUserBody,
  resetPasswordBody,
  userAnswer,
  userChangesBody,
  userListAnswer,
} from '@careflow/contracts';
import { actorOf, currentUser, route, param } from '../../http/route';
import { UserService } from './users-service';

const ADMIN = ACCESS.users.manage;

export function userRoutes(users: UserService) {
  return [
    route({ method: 'get', path: '/users', summary: 'All users', access: ADMIN, response: userListAnswer, handler: async () => ({ users: await users.list() }) }),
    route({
      method: 'get',
      path: '/users/:id',
      summary: 'One user',
      access: ADMIN,
      response: userAnswer,
      handler: async (ctx) => ({ user: await users.get(param(ctx, 'id')) }),
    }),
    route({
      method: 'post',
      path: '/users',
      summary: 'Create a user',
      access: ADMIN,
      body: newUserBody,
      response: userAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ user: await users.create(body, actorOf(ctx)) }),
    }),
    route({
      method: 'patch',
      path: '/users/:id',
      summary: 'Change a user’s profile, roles, groups, scope or active flag',
      access: ADMIN,
      body: userChangesBody,
      response: userAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ user: await users.update(param(ctx, 'id'), body, actorOf(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/users/:id/password',
      summary: 'Set a user’s password (unlocks the account, ends its sessions)',
      access: ADMIN,
      body: resetPasswordBody,
      audit: 'service',
      handler: async (ctx, body) => users.resetPassword(param(ctx, 'id'), body.password, actorOf(ctx)),
    }),
    route({
      method: 'post',
      path: '/auth/password',
      summary: 'Change my own password (ends my other sessions)',
      access: 'authenticated',
      body: changeOwnPasswordBody,
      audit: 'service',
      handler: async (ctx, body) => users.changeOwnPassword(currentUser(ctx).id, body.currentPassword, body.newPassword, actorOf(ctx), ctx.state.token),
    }),
    route({ method: 'get', path: '/groups', summary: 'All groups (analysts pick candidate groups from them)', access: ACCESS.groups.read, response: groupListAnswer, handler: async () => ({ groups: await users.listGroups() }) }),
    route({
      method: 'post',
      path: '/groups',
      summary: 'Create a group (used as candidate group of tasks)',
      access: ADMIN,
      body: newGroupBody,
      response: groupAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ group: await users.createGroup(body, actorOf(ctx)) }),
    }),
  ];
}
