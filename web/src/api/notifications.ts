import { api } from './client';
import { subscribeLive } from './liveEvents';

export type NotificationLevel = 'info' | 'warning' | 'urgent';

/** 站内通知, one per recipient. */
export interface AppNotification {
  id: string;
  userId: string;
  caseId: string | null;
  title: string;
  body: string;
  level: NotificationLevel;
  readAt: string | null;
  createdAt: string;
}

/** Mine, unread first, with the unread count. */
export function listMyNotifications(signal?: AbortSignal): Promise<{ notifications: AppNotification[]; unread: number }> {
  return api.get('/api/notifications', { signal });
}

export async function markNotificationRead(id: string): Promise<AppNotification> {
  return (await api.post<{ notification: AppNotification }>(`/api/notifications/${encodeURIComponent(id)}/read`, {})).notification;
}

/** Calls back on every live `notification.created` for me; returns a function that closes the socket. */
export function onNotification(callback: () => void): () => void {
  // The bell also polls, so a dropped socket is reopened less eagerly.
  return subscribeLive((event) => {
    if (event.type === 'notification.created') callback();
  }, 10_000);
}
