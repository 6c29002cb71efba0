import { Alert, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statusHistory } from '../../api/elders';
import type { StatusChange } from '../../api/registry-types';
import { errorText } from '../../components/errorText';
import { ElderStatusTag } from './ElderStatusTag';
import { formatDateTime } from '../../components/dateTime';

/** Every status change of the file, oldest first; `version` reloads it after a change. */
export function ElderStatusHistory({ elderId, version }: { elderId: string; version: number | undefined }) {
  const { t } = useTranslation();
  const [changes, setChanges] = useState<StatusChange[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let active = true;
    setLoading(true);
    statusHistory(elderId)
      .then((list) => active && (setChanges(list), setError(null)))
      .catch((err: unknown) => active && setError(err))
      .finally(() => active && setLoading(false));
    return () => {
      active = false;
    };
  }, [elderId, version]);

  if (error) return <Alert type="error" showIcon message={errorText(error, t)} />;
  return (
    <Table<StatusChange>
      size="small"
      rowKey="id"
      loading={loading}
      pagination={false}
      dataSource={changes}
      columns={[
        { title: t('elders.history.at'), dataIndex: 'at', render: (at: string) => formatDateTime(at) },
        { title: t('elders.fields.status'), dataIndex: 'status', render: (s: StatusChange['status']) => <ElderStatusTag status={s} /> },
        { title: t('elders.history.note'), dataIndex: 'note', render: (n: string) => n || '—' },
        { title: t('elders.history.by'), dataIndex: 'actorName', render: (n: string | null) => n ?? '—' },
      ]}
    />
  );
}
