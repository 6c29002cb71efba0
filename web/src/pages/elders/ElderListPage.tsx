import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { listElders } from '../../api/elders';
import type { ElderSummary } from '../../api/registry-types';
import { usePermissions } from '../../auth/roles';
import { errorText } from '../../components/errorText';
import { ExportButton } from '../../components/ExportButton';
import { ImportButton } from '../../components/import/ImportButton';
import { useAreas } from '../../hooks/useAreas';
import { useDictionaries } from '../../hooks/useDictionaries';
import { usePageTitle } from '../../hooks/usePageTitle';
import { elderColumns } from './elderColumns';
import { ElderFilters } from './ElderFilters';
import { useElderQuery } from './useElderQuery';

/** 老人档案 list: search, area and status filters, paging; a row opens the file. */
export function ElderListPage() {
  const { t } = useTranslation();
  usePageTitle(t('menu.elders'));
  const navigate = useNavigate();
  const { editElders } = usePermissions();
  const { query, update } = useElderQuery();
  const areas = useAreas();
  const dictionaries = useDictionaries();
  const [data, setData] = useState<{ elders: ElderSummary[]; total: number }>({ elders: [], total: 0 });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    listElders(query, controller.signal)
      .then((result) => {
        setData(result);
        setError(null);
      })
      .catch((err: unknown) => !controller.signal.aborted && setError(err))
      .finally(() => !controller.signal.aborted && setLoading(false));
    return () => controller.abort();
  }, [query, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const columns = useMemo(() => elderColumns({ t, areaName: areas.fullName, dictLabel: dictionaries.label }), [t, areas.fullName, dictionaries.label]);
  const { page: _page, pageSize: _size, ...filters } = query;

  return (
    <>
      <Flex justify="space-between" align="center" wrap="wrap" gap={8}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('menu.elders')}
        </Typography.Title>
        <Space wrap>
          <ExportButton kind="elders" filters={filters} />
          <ImportButton kind="elders" onFinished={reload} />
          {editElders && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/elders/new')} data-testid="elder-new">
              {t('elders.new')}
            </Button>
          )}
        </Space>
      </Flex>
      <Card>
        <ElderFilters query={query} onChange={update} />
        {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
        <Table<ElderSummary>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={data.elders}
          data-testid="elder-list"
          onRow={(e) => ({ onClick: () => navigate(`/elders/${e.id}`), style: { cursor: 'pointer' } })}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: data.total,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { count: total }),
            onChange: (page, pageSize) => update({ page, pageSize }),
          }}
        />
      </Card>
    </>
  );
}
