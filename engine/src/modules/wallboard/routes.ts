import { ACCESS, wallboardAnswer } from '@careflow/contracts';
import { currentUser, route, RouteSpec } from '../../http/route';
import { WallboardReader } from './reader';

export function wallboardRoutes(reader: WallboardReader): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/wallboard',
      summary: '值班大屏: agents by state, calls waiting, alarms open and unconfirmed, cases near due and overdue by type, missed calls and today’s call KPIs, at the server’s time',
      access: ACCESS.wallboard.read,
      response: wallboardAnswer,
      handler: async (ctx) => reader.snapshot(currentUser(ctx)),
    }),
  ];
}
