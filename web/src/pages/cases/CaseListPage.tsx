import { Card, Table, Typography } from 'antd';
import type { CASE_SORTS } from '@careflow/contracts';
import type { SorterResult, SortOrder } from 'antd/es/table/interface';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listCases, type CaseRow } from '../../api/cases';
import { errorText } from '../../components/errorText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useUrlListQuery } from '../../hooks/useUrlListQuery';
import { CaseFilters, FILTER_FIELDS, type FilterValues } from './CaseFilters';
import { CaseStatusTag, channelLabel, formatTime, PriorityTag, useServiceTypeNames } from './labels';

const KEYS = [...FILTER_FIELDS, 'sort', 'order'] as const;
type Sortable = (typeof CASE_SORTS)[number];

/** A local calendar day as the instant it starts (or ends), for the engine's openedFrom/openedTo. */
const dayStart = (day?: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : undefined);
const dayEnd = (day?: string) => (day ? new Date(`${day}T23:59:59.999`).toISOString() : undefined);

/** 工单: every case in the user's area scope, filtered, sorted (by the engine) and paged through the URL. */
export function CaseListPage() {
  const { t } = useTranslation();
  usePageTitle(t('cases.title'));
  const { query, update } = useUrlListQuery(KEYS);
  const { types, nameOf } = useServiceTypeNames();
  const [page, setPage] = useState<{ cases: CaseRow[]; total: number }>({ cases: [], total: 0 });
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    const { from, to, ...rest } = query;
    listCases({ ...rest, openedFrom: dayStart(from), openedTo: dayEnd(to) }, controller.signal)
      .then((found) => (setPage(found), setError(undefined)))
      .catch((err: unknown) => !controller.signal.aborted && setError(errorText(err, t)))
      .finally(() => !controller.signal.aborted && setLoading(false));
    return () => controller.abort();
  }, [query, t]);

  const filters = useMemo(() => Object.fromEntries(FILTER_FIELDS.map((k) => [k, query[k]])) as FilterValues, [query]);
  const typeOptions = useMemo(() => types.map((s) => ({ value: s.key, label: nameOf(s.key) })), [types, nameOf]);
  // The engine sorts newest first when nothing is chosen: the column shows that.
  const sortOf = (key: Sortable): SortOrder => ((query.sort ?? 'openedAt') === key ? (query.order === 'asc' ? 'ascend' : 'descend') : null);
  const onSort = (sorter: SorterResult<CaseRow>) => {
    const key = sorter.order ? (sorter.columnKey as string) : undefined;
    update({ sort: key, order: sorter.order === 'ascend' ? 'asc' : sorter.order === 'descend' ? 'desc' : undefined });
  };
  const sortable = (key: Sortable) => ({ key, sorter: true, sortOrder: sortOf(key), sortDirections: ['ascend', 'descend', 'ascend'] as SortOrder[] });

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t('cases.title')}</Typography.Title>
      <Card>
        <CaseFilters values={filters} types={typeOptions} onSearch={(values) => update(values)} />
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
        <Table<CaseRow>
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={page.cases}
          data-testid="case-table"
          onChange={(pagination, _filters, sorter, extra) => {
            if (extra.action === 'sort') onSort(sorter as SorterResult<CaseRow>);
            else update({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? query.pageSize });
          }}
          pagination={{ current: query.page, pageSize: query.pageSize, total: page.total, showTotal: (total) => t('common.total', { count: total }) }}
          columns={[
            { ...sortable('caseNumber'), title: t('cases.column.caseNumber'), dataIndex: 'caseNumber', render: (number: string, row) => <Link to={`/cases/${row.id}`}>{number}</Link> },
            { title: t('cases.column.serviceType'), dataIndex: 'serviceTypeKey', render: (key: string) => nameOf(key) },
            { title: t('cases.column.channel'), dataIndex: 'channel', render: (c: string) => channelLabel(c, t) },
            { ...sortable('priority'), title: t('cases.column.priority'), dataIndex: 'priority', render: (p: string) => <PriorityTag priority={p} /> },
            { title: t('cases.column.status'), dataIndex: 'status', render: (s: string) => <CaseStatusTag status={s} /> },
            { ...sortable('openedAt'), title: t('cases.column.openedAt'), dataIndex: 'openedAt', render: (at: string) => formatTime(at) },
            { ...sortable('dueAt'), title: t('cases.column.dueAt'), dataIndex: 'dueAt', render: (at: string | null) => formatTime(at) },
          ]}
        />
      </Card>
    </>
  );
}
