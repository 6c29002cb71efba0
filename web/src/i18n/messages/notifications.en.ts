import type { notificationsZhCN } from './notifications.zh-CN';

export const notificationsEn: typeof notificationsZhCN = {
  bell: 'Notifications',
  unread: '{{count}} unread',
  empty: 'No notifications',
  markRead: 'Mark read',
  level: { info: 'Info', warning: 'Warning', urgent: 'Urgent' },
};
