import { defineModule } from '../../kernel/module';
import { NotificationEntity } from './entities';
import { notificationRoutes } from './routes';
import { NotificationService } from './service';

export { NotificationEntity, NotificationService };

/** 站内通知: notices to users (a process's notify step), pushed live to the one they are for. */
export const notificationsModule = defineModule({
  name: 'notifications',
  entities: [NotificationEntity],
  migrations: [],
  needs: {},
  start: ({ dataSource, live }) => ({
    gives: {},
    routes: notificationRoutes(new NotificationService(dataSource, live)),
    audience: { 'notification.created': (user, _scope, event) => event.userId === user.id },
  }),
});
