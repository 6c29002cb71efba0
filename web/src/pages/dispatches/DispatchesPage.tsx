import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Grid, Segmented, Select, Space, Spin, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listDispatches, type Dispatch, type DispatchStatus } from '../../api/dispatches';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { errorText } from '../../components/errorText';
import { useAreas } from '../../hooks/useAreas';
import { usePageTitle } from '../../hooks/usePageTitle';
import { RejectDialog } from './RejectDialog';
import { formatDateTime } from '../../components/dateTime';
import { AcceptDialog } from './AcceptDialog';
import { CallElderButton } from './CallElderButton';
import { OrderActionButtons, type OrderActions } from './OrderActionButtons';
import { OrderCard, STATUS_COLORS } from './OrderCard';
import { byUrgency } from './sla';
import { SlaCountdown } from './SlaCountdown';
import { WorkDialog, type WorkStep } from './WorkDialog';

const STATUSES: DispatchStatus[] = ['dispatched', 'accepted', 'started', 'rejected', 'expired', 'done', 'canceled'];
/** On a phone: the orders still to act on first. */
const PHONE_TABS: (DispatchStatus | 'all')[] = ['dispatched', 'accepted', 'started', 'done', 'all'];
const DESK_PAGE = { page: 1, pageSize: 20 };

/**
 * 服务商工单: a provider's orders to accept, assign, start and finish, the most urgent first with a
 * live countdown to each open order's deadline; cards on a phone (the newest 200), a table on a desk
 * a page at a time (the engine pages; the urgent ones come first within the page).
 */
export function DispatchesPage() {
  const { t } = useTranslation();
  usePageTitle(t('dispatches.title'));
  const { message } = App.useApp();
  const { user } = useAuth();
  const phone = Grid.useBreakpoint().md === false;
  const answers = hasRole(user, ['provider_admin', 'provider_staff']);
  const areas = useAreas();
  const [status, setStatus] = useState<DispatchStatus | undefined>();
  const [rows, setRows] = useState<Dispatch[]>([]);
  const [paging, setPaging] = useState(DESK_PAGE);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [rejecting, setRejecting] = useState<Dispatch | null>(null);
  const [accepting, setAccepting] = useState<Dispatch | null>(null);
  const [working, setWorking] = useState<{ order: Dispatch; step: WorkStep } | null>(null);
  const orders = useMemo(() => byUrgency(rows), [rows]);

  const load = useCallback(
    (signal?: AbortSignal) => {
      setLoading(true);
      listDispatches(phone ? { status } : { status, page: paging.page, pageSize: paging.pageSize }, signal)
        .then((list) => (setRows(list.dispatches), setTotal(list.total), setError(null)))
        .catch((err: unknown) => !signal?.aborted && setError(err))
        .finally(() => !signal?.aborted && setLoading(false));
    },
    [status, phone, paging.page, paging.pageSize],
  );
  // Another status is another list: from its first page.
  const filter = (next: DispatchStatus | undefined) => (setStatus(next), setPaging((p) => ({ ...p, page: 1 })));
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const done = (text: string) => () => (message.success(text), load());
  const actions: OrderActions = {
    accept: setAccepting,
    reject: setRejecting,
    start: (order) => setWorking({ order, step: 'start' }),
    finish: (order) => setWorking({ order, step: 'finish' }),
  };

  const columns: ColumnsType<Dispatch> = [
    { title: t('dispatches.fields.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
    { title: t('dispatches.fields.serviceItem'), dataIndex: 'serviceItemName' },
    { title: t('dispatches.fields.area'), dataIndex: 'areaCode', render: (code: string, d) => d.visit?.address ?? areas.fullName(code) },
    { title: t('dispatches.fields.note'), dataIndex: 'note', render: (v: string | null, d) => v ?? (d.reason ? `${t(d.status === 'canceled' ? 'dispatches.fields.cancelReason' : 'dispatches.fields.reason')}：${d.reason}` : '') },
    ...(answers ? [] : [{ title: t('dispatches.fields.provider'), key: 'provider', render: (_: unknown, d: Dispatch) => d.provider.name }]),
    { title: t('dispatches.fields.status'), dataIndex: 'status', render: (s: DispatchStatus) => <Tag color={STATUS_COLORS[s]}>{t(`dispatches.status.${s}`)}</Tag> },
    { title: t('dispatches.sla.title'), key: 'sla', render: (_: unknown, d) => <SlaCountdown order={d} /> },
    {
      title: t('dispatches.fields.actions'),
      key: 'actions',
      render: (_: unknown, d) => answers && <Space size={4} wrap><OrderActionButtons order={d} actions={actions} /><CallElderButton order={d} /></Space>,
    },
  ];

  const refresh = <Button icon={<ReloadOutlined />} size={phone ? 'large' : 'middle'} onClick={() => load()} aria-label={t('dispatches.refresh')}>{phone ? null : t('dispatches.refresh')}</Button>;
  const body = phone ? (
    <Spin spinning={loading}>
      <Flex vertical gap={12} data-testid="order-cards">
        {rows.length === 0 && !loading && <Empty description={t('dispatches.empty')} />}
        {orders.map((d) => <OrderCard key={d.id} order={d} actions={actions} answers={answers} />)}
      </Flex>
    </Spin>
  ) : (
    <Table rowKey="id" size="middle" loading={loading} columns={columns} dataSource={orders} locale={{ emptyText: t('dispatches.empty') }} pagination={{ current: paging.page, pageSize: paging.pageSize, total, showSizeChanger: true, showTotal: (n) => t('common.total', { count: n }), onChange: (page, pageSize) => setPaging({ page, pageSize }) }} />
  );

  return (
    <Card
      title={t('dispatches.title')}
      styles={phone ? { body: { padding: 12 } } : undefined}
      extra={
        phone ? refresh : (
          <Space>
            <Select allowClear placeholder={t('dispatches.statusFilter')} style={{ width: 140 }} value={status} onChange={filter} options={STATUSES.map((s) => ({ value: s, label: t(`dispatches.status.${s}`) }))} />
            {refresh}
          </Space>
        )
      }
    >
      {phone && (
        <Segmented block style={{ marginBottom: 12 }} value={status ?? 'all'} onChange={(v) => filter(v === 'all' ? undefined : (v as DispatchStatus))} options={PHONE_TABS.map((s) => ({ value: s, label: s === 'all' ? t('dispatches.all') : t(`dispatches.status.${s}`) }))} />
      )}
      {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      {body}
      <RejectDialog dispatch={rejecting} onClose={() => setRejecting(null)} onRejected={() => (setRejecting(null), done(t('dispatches.rejected'))())} />
      <AcceptDialog order={accepting} onClose={() => setAccepting(null)} onDone={() => (setAccepting(null), done(t('dispatches.accepted'))())} />
      <WorkDialog order={working?.order ?? null} step={working?.step ?? 'start'} onClose={() => setWorking(null)} onDone={(answered) => (setWorking(null), done(t(workDoneText(working?.step, answered)))())} />
    </Card>
  );
}

/** What the worker is told once the dialog went through: a visit that found nobody opened 紧急救助. */
function workDoneText(step: WorkStep | undefined, answered: Dispatch) {
  if (step !== 'finish') return 'dispatches.work.started' as const;
  return answered.visitResult === 'not_found' ? ('dispatches.work.rescueOpened' as const) : ('dispatches.work.finished' as const);
}
