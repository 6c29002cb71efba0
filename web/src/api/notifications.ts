import type { myNotificationsAnswer, notificationAnswer, notificationView, NotificationLevel, Wire } from '@careflow/contracts';
import { api } from './client';
import { subscribeLive } from './liveEvents';

export type { NotificationLevel };
/** 站内通知, one per recipient. */
export type AppNotification = Wire<typeof notificationView>;

/** Mine, unread first, with the unread count. */
export function listMyNotifications(signal?: AbortSignal): Promise<Wire<typeof myNotificationsAnswer>> {
  return api.get('/api/notifications', { signal });
}

export async function markNotificationRead(id: string): Promise<AppNotification> {
  return (await api.post<Wire<typeof notificationAnswer>>(`/api/notifications/${encodeURIComponent(id)}/read`, {})).notification;
}

/** Calls back on every live `notification.created` for me; returns a function that closes the socket. */
export function onNotification(callback: () => void): () => void {
  // The bell also polls, so a dropped socket is reopened less eagerly.
  return subscribeLive((event) => {
    if (event.type === 'notification.created') callback();
  }, 10_000);
}
