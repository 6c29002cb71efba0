import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptDispatch, finishDispatch, listDispatches, type Dispatch, type DispatchStatus } from '../../api/dispatches';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { errorText } from '../../components/errorText';
import { useAreas } from '../../hooks/useAreas';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useServiceItems } from '../../hooks/useServiceItems';
import { RejectDialog } from './RejectDialog';
import { formatDateTime } from '../../components/dateTime';

const STATUSES: DispatchStatus[] = ['dispatched', 'accepted', 'rejected', 'expired', 'done'];
const COLORS: Record<DispatchStatus, string> = { dispatched: 'orange', accepted: 'blue', rejected: 'red', expired: 'default', done: 'green' };

/** 服务商工单: the orders dispatched to the signed-in provider user's provider, to accept or reject. */
export function DispatchesPage() {
  const { t } = useTranslation();
  usePageTitle(t('dispatches.title'));
  const { message } = App.useApp();
  const { user } = useAuth();
  const answers = hasRole(user, ['provider_admin', 'provider_staff']);
  const areas = useAreas();
  const items = useServiceItems();
  const [status, setStatus] = useState<DispatchStatus | undefined>();
  const [rows, setRows] = useState<Dispatch[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [rejecting, setRejecting] = useState<Dispatch | null>(null);

  const load = useCallback(
    (signal?: AbortSignal) => {
      setLoading(true);
      listDispatches({ status }, signal)
        .then((list) => (setRows(list), setError(null)))
        .catch((err: unknown) => !signal?.aborted && setError(err))
        .finally(() => !signal?.aborted && setLoading(false));
    },
    [status],
  );
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      message.success(done);
      load();
    } catch (err) {
      message.error(errorText(err, t));
    }
  };

  const columns: ColumnsType<Dispatch> = [
    { title: t('dispatches.fields.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
    { title: t('dispatches.fields.serviceItem'), dataIndex: 'serviceItem', render: (code: string) => items.name(code) },
    { title: t('dispatches.fields.area'), dataIndex: 'areaCode', render: (code: string) => areas.fullName(code) },
    { title: t('dispatches.fields.note'), dataIndex: 'note', render: (v: string | null, d) => v ?? (d.reason ? `${t('dispatches.fields.reason')}：${d.reason}` : '') },
    ...(answers ? [] : [{ title: t('dispatches.fields.provider'), key: 'provider', render: (_: unknown, d: Dispatch) => d.provider.name }]),
    { title: t('dispatches.fields.status'), dataIndex: 'status', render: (s: DispatchStatus) => <Tag color={COLORS[s]}>{t(`dispatches.status.${s}`)}</Tag> },
    {
      title: t('dispatches.fields.actions'),
      key: 'actions',
      render: (_: unknown, d) =>
        answers && (
          <Space>
            {d.status === 'dispatched' && (
              <>
                <Button type="primary" size="small" data-testid={`accept-${d.id}`} onClick={() => void act(() => acceptDispatch(d.id), t('dispatches.accepted'))}>
                  {t('dispatches.accept')}
                </Button>
                <Button danger size="small" onClick={() => setRejecting(d)}>
                  {t('dispatches.reject')}
                </Button>
              </>
            )}
            {d.status === 'accepted' && (
              <Button size="small" onClick={() => void act(() => finishDispatch(d.id), t('dispatches.finished'))}>
                {t('dispatches.done')}
              </Button>
            )}
          </Space>
        ),
    },
  ];

  return (
    <Card
      title={t('dispatches.title')}
      extra={
        <Space>
          <Select allowClear placeholder={t('dispatches.statusFilter')} style={{ width: 140 }} value={status} onChange={setStatus} options={STATUSES.map((s) => ({ value: s, label: t(`dispatches.status.${s}`) }))} />
          <Button icon={<ReloadOutlined />} onClick={() => load()}>
            {t('dispatches.refresh')}
          </Button>
        </Space>
      }
    >
      {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Table rowKey="id" size="middle" loading={loading} columns={columns} dataSource={rows} locale={{ emptyText: t('dispatches.empty') }} pagination={{ pageSize: 20 }} />
      <RejectDialog dispatch={rejecting} onClose={() => setRejecting(null)} onRejected={() => (setRejecting(null), message.success(t('dispatches.rejected')), load())} />
    </Card>
  );
}
