import { ACCESS } from '@careflow/contracts';
import { Alert, App, Button, Card, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { closeMonth, listClosedMonths, type ClosedMonth } from '../../api/billing-admin';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { actorName } from '../../components/actorName';
import { formatDateTime } from '../../components/dateTime';
import { errorText } from '../../components/errorText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { monthsToShow } from './months';
import { useLoaded } from '../../hooks/useLoaded';

type Row = { month: string; closed: ClosedMonth | undefined };

/** 月结: the recent months, closed or open; an admin closes one after confirming, and it takes no new lines after. */
export function MonthsPage() {
  const { t } = useTranslation();
  usePageTitle(t('menu.billingMonths'));
  const { modal, message } = App.useApp();
  const { user } = useAuth();
  const manages = hasRole(user, ACCESS.billing.manage);
  const { value, error, loading, reload } = useLoaded(useCallback((signal: AbortSignal) => listClosedMonths(signal), []));
  const closed = value ?? [];
  const rows: Row[] = monthsToShow(dayjs().format('YYYY-MM'), closed.map((m) => m.month)).map((month) => ({ month, closed: closed.find((m) => m.month === month) }));

  const close = (month: string) =>
    modal.confirm({
      title: t('billing.months.confirmTitle', { month }),
      content: t('billing.months.confirmBody'),
      okText: t('billing.months.close'),
      okButtonProps: { id: 'month-close-ok' },
      onOk: () =>
        closeMonth(month).then(
          () => (message.success(t('billing.months.closedToast', { month })), reload()),
          (err: unknown) => (message.error(errorText(err, t)), reload()),
        ),
    });

  const columns: ColumnsType<Row> = [
    { title: t('billing.month'), dataIndex: 'month' },
    { title: t('billing.months.status'), key: 'status', render: (_: unknown, r) => (r.closed ? <Tag color="green">{t('billing.closed')}</Tag> : <Tag>{t('billing.open')}</Tag>) },
    { title: t('billing.months.closedBy'), key: 'closedBy', render: (_: unknown, r) => (r.closed ? actorName(r.closed.closedByName, t) : '') },
    { title: t('billing.months.closedAt'), key: 'closedAt', render: (_: unknown, r) => (r.closed ? formatDateTime(r.closed.closedAt) : '') },
    ...(manages
      ? [{ title: t('common.actions'), key: 'actions', render: (_: unknown, r: Row) => !r.closed && <Button size="small" danger data-testid={`close-${r.month}`} onClick={() => close(r.month)}>{t('billing.months.close')}</Button> }]
      : []),
  ];

  return (
    <Card title={t('billing.months.title')}>
      {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <Table rowKey="month" size="middle" loading={loading} columns={columns} dataSource={rows} pagination={false} data-testid="billing-months" />
    </Card>
  );
}
