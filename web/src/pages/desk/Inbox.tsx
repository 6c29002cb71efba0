import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listInbox, type InboxTask } from '../../api/desk';
import { subscribeLive } from '../../api/liveEvents';
import { errorText } from '../../components/errorText';

/** 1:05:03 or 4:09: what is left (or how late), to the second. */
function span(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

function Countdown({ dueAt, now, t }: { dueAt: string | null; now: number; t: TFunction }) {
  if (!dueAt) return <Typography.Text type="secondary">{t('desk.inbox.noDue')}</Typography.Text>;
  const left = new Date(dueAt).getTime() - now;
  const color = left < 0 ? 'red' : left < 15 * 60_000 ? 'orange' : 'default';
  return (
    <Tag color={color} data-testid="task-countdown">
      {left < 0 ? t('desk.inbox.overdue', { time: span(left) }) : t('desk.inbox.dueIn', { time: span(left) })}
    </Tag>
  );
}

/** Emergencies pinned on top, then the nearest due time (the engine's order, kept if it changes). */
export const pinned = (tasks: InboxTask[]) => [...tasks].sort((a, b) => Number(b.priorityRank === 0) - Number(a.priorityRank === 0));

/** 待办任务: my inbox, live, each line with its SLA countdown; a click opens the task. */
export function Inbox() {
  const { t } = useTranslation();
  const [tasks, setTasks] = useState<InboxTask[]>([]);
  const [capped, setCapped] = useState(false);
  const [error, setError] = useState<string>();
  const [now, setNow] = useState(() => Date.now());

  const load = useCallback(
    (signal?: AbortSignal) =>
      listInbox(signal).then(
        (page) => (setTasks(pinned(page.tasks)), setCapped(page.totalCapped), setError(undefined)),
        (err: unknown) => !signal?.aborted && setError(errorText(err, t)),
      ),
    [t],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);
  // A task created, taken or done anywhere changes the inbox: read it again (one read per burst).
  // So does the socket opening: events pushed before it opened (or while it was down) were missed.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reload = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), 200);
    };
    const stop = subscribeLive(
      (event) => {
        if (event.type === 'task.created' || event.type === 'task.updated') reload();
      },
      undefined,
      (connected) => connected && reload(),
    );
    return () => (clearTimeout(timer), stop());
  }, [load]);
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);

  return (
    <Card size="small" title={t('desk.inbox.title')} data-testid="inbox">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 8 }} />}
      <List
        size="small"
        dataSource={tasks}
        locale={{ emptyText: t('desk.inbox.empty') }}
        footer={capped ? <Typography.Text type="secondary">{t('desk.inbox.more')}</Typography.Text> : undefined}
        renderItem={(task) => (
          <List.Item data-testid="inbox-task" data-task-id={task.id} style={task.priorityRank === 0 ? { background: '#fff1f0' } : undefined} extra={<Countdown dueAt={task.dueAt} now={now} t={t} />}>
            <Space direction="vertical" size={0}>
              <Space>
                {task.priorityRank === 0 && <Tag color="red">{t('desk.inbox.emergency')}</Tag>}
                <Link to={`/tasks/${task.id}`} data-testid="inbox-task-link">{task.name || task.elementId}</Link>
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[task.caseNumber && t('desk.inbox.caseNumber', { number: task.caseNumber }), task.assignee ? t('desk.inbox.assignee', { user: task.assignee }) : t('desk.inbox.unassigned')].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
