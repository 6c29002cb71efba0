import { ClockCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dispatch } from '../../api/dispatches';
import { formatDateTime } from '../../components/dateTime';
import { deadlineOf, parts } from './sla';

/** The clock, once a second: each countdown ticks on its own, without reloading the list. */
function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * SLA of an open order: time left to answer (待接单) or to finish (已接单/服务中), and once past
 * the deadline "已超时 N分钟" in red. Nothing for closed orders or those without a deadline.
 */
export function SlaCountdown({ order }: { order: Pick<Dispatch, 'id' | 'status' | 'answerDueAt' | 'workDueAt'> }) {
  const { t } = useTranslation();
  const now = useNow();
  const deadline = deadlineOf(order);
  if (!deadline) return null;
  const left = deadline.dueAt - now;
  const due = t(`dispatches.sla.${deadline.kind}By`, { time: formatDateTime(new Date(deadline.dueAt).toISOString()) });
  if (left < 0) {
    const p = parts(-left);
    const late = p.d > 0 ? t('dispatches.sla.late.days', p) : p.h > 0 ? t('dispatches.sla.late.hours', p) : t('dispatches.sla.late.minutes', { m: Math.max(1, p.m) });
    return (
      <Typography.Text type="danger" strong title={due} data-testid={`sla-${order.id}`} data-overdue="true">
        <ClockCircleOutlined /> {t('dispatches.sla.overdue', { late })}
      </Typography.Text>
    );
  }
  const p = parts(left);
  const span = p.d > 0 ? t('dispatches.sla.left.days', p) : p.h > 0 ? t('dispatches.sla.left.hours', p) : t('dispatches.sla.left.minutes', p);
  // The last quarter hour is a warning.
  return (
    <Typography.Text type={left < 15 * 60_000 ? 'warning' : undefined} title={due} data-testid={`sla-${order.id}`} data-overdue="false">
      <ClockCircleOutlined /> {t(`dispatches.sla.${deadline.kind}Left`, { left: span })}
    </Typography.Text>
  );
}
