import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listStaff } from '../../api/providers';
import { STAFF_STATUSES, type Provider, type Staff, type StaffStatus } from '../../api/provider-types';
import { usePermissions } from '../../auth/roles';
import { errorText } from '../../components/errorText';
import { ImportButton } from '../../components/import/ImportButton';
import { useAreas } from '../../hooks/useAreas';
import { useServiceItems } from '../../hooks/useServiceItems';
import { StaffStatusTag } from './ProviderStatusTag';
import { StaffModal } from './StaffModal';

const PAGE_SIZE = 20;

/** The provider's staff, by status, with add and edit for whoever manages them. */
export function StaffSection({ provider }: { provider: Provider }) {
  const { t } = useTranslation();
  const { editProviders } = usePermissions();
  const areas = useAreas();
  const items = useServiceItems();
  const [status, setStatus] = useState<StaffStatus | undefined>();
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ staff: Staff[]; total: number }>({ staff: [], total: 0 });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<Staff | 'new' | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let active = true;
    setLoading(true);
    listStaff(provider.id, { status, page, pageSize: PAGE_SIZE })
      .then((result) => active && (setData(result), setError(null)))
      .catch((err: unknown) => active && setError(err))
      .finally(() => active && setLoading(false));
    return () => {
      active = false;
    };
  }, [provider.id, status, page, reloads]);

  const reload = () => setReloads((n) => n + 1);
  return (
    <>
      <Flex justify="space-between" wrap="wrap" gap={8} style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('providers.fields.status')}
          value={status}
          onChange={(s: StaffStatus | undefined) => (setStatus(s), setPage(1))}
          options={STAFF_STATUSES.map((s) => ({ value: s, label: t(`providers.staffStatus.${s}`) }))}
        />
        {editProviders && (
          <Space>
            <ImportButton kind="staff" providerId={provider.id} onFinished={reload} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('providers.staff.add')}
            </Button>
          </Space>
        )}
      </Flex>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<Staff>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data.staff}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data.total, onChange: setPage, hideOnSinglePage: true }}
        columns={[
          { title: t('providers.staff.name'), dataIndex: 'name' },
          { title: t('providers.staff.phone'), dataIndex: 'phone' },
          { title: t('providers.staff.skills'), dataIndex: 'skills', render: (codes: string[]) => codes.map((c) => <Tag key={c}>{items.name(c)}</Tag>) },
          { title: t('providers.staff.areas'), dataIndex: 'areas', render: (codes: string[]) => codes.map(areas.name).join('、') },
          { title: t('providers.fields.status'), dataIndex: 'status', render: (s: StaffStatus) => <StaffStatusTag status={s} /> },
          ...(editProviders ? [{ title: t('common.actions'), key: 'actions', render: (_: unknown, s: Staff) => <Button size="small" onClick={() => setEditing(s)}>{t('common.edit')}</Button> }] : []),
        ]}
      />
      {editing && (
        <StaffModal
          provider={provider}
          staff={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
    </>
  );
}
