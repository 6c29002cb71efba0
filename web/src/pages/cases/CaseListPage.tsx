import { Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listCases, type CaseRow } from '../../api/cases';
import { CHANNELS } from '../../api/service-types';
import { errorText } from '../../components/errorText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useUrlListQuery } from '../../hooks/useUrlListQuery';
import { CaseStatusTag, channelLabel, formatTime, PriorityTag, useServiceTypeNames } from './labels';

const FILTERS = ['status', 'serviceType', 'channel', 'caseNumber', 'from', 'to'] as const;
const STATUSES = ['open', 'closed', 'canceled'] as const;

/** A local calendar day as the instant it starts (or ends), for the engine's openedFrom/openedTo. */
const dayStart = (day?: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : undefined);
const dayEnd = (day?: string) => (day ? new Date(`${day}T23:59:59.999`).toISOString() : undefined);

/** 工单: every case in the user's area scope, filtered and paged through the URL. */
export function CaseListPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('cases.title'));
  const { query, update } = useUrlListQuery(FILTERS);
  const { types, nameOf } = useServiceTypeNames();
  const [page, setPage] = useState<{ cases: CaseRow[]; total: number }>({ cases: [], total: 0 });
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string>();
  const [form] = Form.useForm();

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

  useEffect(() => form.setFieldsValue(query), [form, query]);
  const clean = (values: Record<string, string | undefined>) => Object.fromEntries(FILTERS.map((k) => [k, values[k]?.trim() || undefined]));

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t('cases.title')}</Typography.Title>
      <Card>
        <Form form={form} layout="inline" onFinish={(values: Record<string, string>) => update(clean(values))} style={{ marginBottom: 16, rowGap: 8 }} data-testid="case-filters">
          <Form.Item name="caseNumber" label={t('cases.filter.caseNumber')}>
            <Input allowClear style={{ width: 170 }} id="case-filter-number" />
          </Form.Item>
          <Form.Item name="status" label={t('cases.filter.status')}>
            <Select allowClear style={{ width: 110 }} id="case-filter-status" options={STATUSES.map((s) => ({ value: s, label: t(`cases.status.${s}`) }))} />
          </Form.Item>
          <Form.Item name="serviceType" label={t('cases.filter.serviceType')}>
            <Select allowClear style={{ width: 160 }} id="case-filter-type" options={types.map((s) => ({ value: s.key, label: nameOf(s.key) }))} />
          </Form.Item>
          <Form.Item name="channel" label={t('cases.filter.channel')}>
            <Select allowClear style={{ width: 120 }} id="case-filter-channel" options={CHANNELS.map((c) => ({ value: c, label: channelLabel(c, t) }))} />
          </Form.Item>
          <Form.Item label={t('cases.filter.openedAt')}>
            <Space.Compact>
              <Form.Item name="from" noStyle><Input type="date" style={{ width: 150 }} id="case-filter-from" /></Form.Item>
              <Form.Item name="to" noStyle><Input type="date" style={{ width: 150 }} id="case-filter-to" /></Form.Item>
            </Space.Compact>
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" data-testid="case-search">{t('cases.filter.search')}</Button>
            <Button onClick={() => (form.resetFields(), update(clean({})))}>{t('common.reset')}</Button>
          </Space>
        </Form>
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
        <Table<CaseRow>
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={page.cases}
          data-testid="case-table"
          pagination={{ current: query.page, pageSize: query.pageSize, total: page.total, showTotal: (total) => t('common.total', { count: total }), onChange: (p, size) => update({ page: p, pageSize: size }) }}
          columns={[
            { title: t('cases.column.caseNumber'), dataIndex: 'caseNumber', render: (number: string, row) => <Link to={`/cases/${row.id}`}>{number}</Link> },
            { title: t('cases.column.serviceType'), dataIndex: 'serviceTypeKey', render: (key: string) => nameOf(key) },
            { title: t('cases.column.channel'), dataIndex: 'channel', render: (c: string) => channelLabel(c, t) },
            { title: t('cases.column.priority'), dataIndex: 'priority', render: (p: string) => <PriorityTag priority={p} /> },
            { title: t('cases.column.status'), dataIndex: 'status', render: (s: string) => <CaseStatusTag status={s} /> },
            { title: t('cases.column.openedAt'), dataIndex: 'openedAt', render: (at: string) => formatTime(at, i18n.language) },
            { title: t('cases.column.dueAt'), dataIndex: 'dueAt', render: (at: string | null) => formatTime(at, i18n.language) },
          ]}
        />
      </Card>
    </>
  );
}
