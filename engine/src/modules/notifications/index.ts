import { defineModule } from '../../kernel/module';
import { NotificationEntity } from './entities';
import { notificationRoutes } from './routes';
import { NotificationLink1768000000600 } from './migrations/1768000000600-notification-link';
import { NotificationService } from './service';

export { NotificationEntity, NotificationService };

/** 站内通知: notices to users (a process's notify step), pushed live to the one they are for. */
export const notificationsModule = defineModule({
  name: 'notifications',
  entities: [NotificationEntity],
  migrations: [NotificationLink1768000000600],
  needs: {},
  start: ({ dataSource, live }) => {
    const notifications = new NotificationService(dataSource, live);
    return {
      gives: { notifications },
      routes: notificationRoutes(notifications),
      audience: { 'notification.created': (user, _scope, event) => event.userId === user.id },
    };
  },
});
