import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { listMyNotifications, markNotificationRead, onNotification, type AppNotification } from '../api/notifications';
import { formatDateTime } from '../components/dateTime';

const COLORS = { info: 'blue', warning: 'orange', urgent: 'red' } as const;
const POLL_MS = 60_000;

/** Header bell: my unread count, live; the list opens on click and marks an item read when clicked. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [items, setItems] = useState<AppNotification[]>([]);
  const [unread, setUnread] = useState(0);
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();

  const load = useCallback(() => {
    listMyNotifications()
      .then((r) => (setItems(r.notifications), setUnread(r.unread)))
      .catch(() => undefined); // the bell stays as it was; the next push or poll tries again
  }, []);
  useEffect(() => {
    load();
    const stop = onNotification(load);
    const poll = setInterval(load, POLL_MS);
    return () => (stop(), clearInterval(poll));
  }, [load]);

  /** Marks it read, and opens what it points at: its page (an alert's view), else its case. */
  const read = (n: AppNotification) => {
    if (!n.readAt) void markNotificationRead(n.id).then(load, () => undefined);
    const target = n.link ?? (n.caseId ? `/cases/${n.caseId}` : null);
    if (target) {
      setOpen(false);
      navigate(target);
    }
  };

  const list = items.length ? (
    <List
      size="small"
      style={{ width: 340, maxHeight: 420, overflow: 'auto' }}
      dataSource={items}
      renderItem={(n) => (
        <List.Item onClick={() => read(n)} style={{ cursor: n.readAt && !n.link && !n.caseId ? 'default' : 'pointer', opacity: n.readAt ? 0.6 : 1 }} data-testid="notification-item">
          <List.Item.Meta
            title={
              <>
                <Tag color={COLORS[n.level]}>{t(`notifications.level.${n.level}`)}</Tag>
                <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
              </>
            }
            description={
              <>
                {n.body && <div>{n.body}</div>}
                <Typography.Text type="secondary">{formatDateTime(n.createdAt)}</Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  ) : (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
  );

  return (
    <Popover content={list} title={unread ? t('notifications.unread', { count: unread }) : t('notifications.bell')} trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen}>
      <Button type="text" aria-label={t('notifications.bell')} data-testid="notification-bell">
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
