export const notificationsZhCN = {
  bell: '通知',
  unread: '{{count}} 条未读',
  empty: '暂无通知',
  markRead: '标为已读',
  level: { info: '提示', warning: '警告', urgent: '紧急' },
};
