export { NotificationEntity } from './entities';
export { notificationRoutes } from './routes';
export { NotificationService } from './service';
