import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { listProviders } from '../../api/providers';
import { PROVIDER_STATUSES, type Provider, type ProviderQuery, type ProviderStatus } from '../../api/provider-types';
import { usePermissions } from '../../auth/roles';
import { errorText } from '../../components/errorText';
import { ExportButton } from '../../components/ExportButton';
import { ImportButton } from '../../components/import/ImportButton';
import { useAreas } from '../../hooks/useAreas';
import { useUrlListQuery } from '../../hooks/useUrlListQuery';
import { ProviderFilters } from './ProviderFilters';
import { ProviderModal } from './ProviderModal';
import { ProviderStatusTag } from './ProviderStatusTag';

const KEYS = ['q', 'status', 'item', 'area'] as const;

/** Providers with filters and paging; managers register new ones. */
export function ProviderList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { manageProviders } = usePermissions();
  const areas = useAreas();
  const { query: raw, update } = useUrlListQuery(KEYS);
  const query: ProviderQuery = { ...raw, status: PROVIDER_STATUSES.find((s) => s === raw.status) as ProviderStatus | undefined };
  const [data, setData] = useState<{ providers: Provider[]; total: number }>({ providers: [], total: 0 });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);
  const [reloads, setReloads] = useState(0);
  const key = JSON.stringify(query);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    listProviders(JSON.parse(key) as ProviderQuery, controller.signal)
      .then((result) => (setData(result), setError(null)))
      .catch((err: unknown) => !controller.signal.aborted && setError(err))
      .finally(() => !controller.signal.aborted && setLoading(false));
    return () => controller.abort();
  }, [key, reloads]);

  const { page: _p, pageSize: _s, ...filters } = query;
  return (
    <>
      <Flex justify="space-between" wrap="wrap" gap={8}>
        <ProviderFilters query={query} onChange={update} />
        <Space wrap style={{ marginBottom: 16 }}>
          <ExportButton kind="providers" filters={filters} />
          <ImportButton kind="providers" onFinished={() => setReloads((n) => n + 1)} />
          {manageProviders && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('providers.new')}
            </Button>
          )}
        </Space>
      </Flex>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<Provider>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data.providers}
        onRow={(p) => ({ onClick: () => navigate(`/providers/${p.id}`), style: { cursor: 'pointer' } })}
        pagination={{ current: query.page, pageSize: query.pageSize, total: data.total, showSizeChanger: true, showTotal: (n) => t('common.total', { count: n }), onChange: (page, pageSize) => update({ page, pageSize }) }}
        columns={[
          { title: t('providers.fields.name'), dataIndex: 'name', render: (name: string, p) => <Link to={`/providers/${p.id}`} onClick={(e) => e.stopPropagation()}>{name}</Link> },
          { title: t('providers.fields.creditCode'), dataIndex: 'creditCode' },
          { title: t('providers.fields.nature'), dataIndex: 'nature', render: (n: Provider['nature']) => t(`providers.nature.${n}`) },
          { title: t('providers.fields.contact'), key: 'contact', render: (_, p) => `${p.contactName} ${p.contactPhone}` },
          { title: t('providers.fields.areas'), dataIndex: 'areas', ellipsis: true, render: (codes: string[]) => codes.map(areas.name).join('、') },
          { title: t('providers.fields.contractTo'), dataIndex: 'contractTo' },
          { title: t('providers.fields.status'), dataIndex: 'status', render: (s: ProviderStatus) => <ProviderStatusTag status={s} /> },
        ]}
      />
      {creating && (
        <ProviderModal
          provider={null}
          onClose={() => setCreating(false)}
          onSaved={(p) => {
            setCreating(false);
            navigate(`/providers/${p.id}`);
          }}
        />
      )}
    </>
  );
}
