import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditExportUrl, listAudit, type AuditEntry, type AuditFilter } from '../../api/audit';
import { errorText } from '../../components/errorText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useUrlListQuery } from '../../hooks/useUrlListQuery';
import { formatTime } from '../cases/labels';
import { AuditChange } from './AuditChange';
import { actionLabel, AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, dayEnd, dayStart, entityLabel } from './labels';

const FILTERS = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;

/** 审计日志: who did what to which record and when, for auditors and admins; the filtered list exports to Excel. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('audit.title'));
  const { query, update } = useUrlListQuery(FILTERS);
  const [page, setPage] = useState<{ entries: AuditEntry[]; total: number }>({ entries: [], total: 0 });
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string>();
  const [form] = Form.useForm();
  const { from, to, page: current, pageSize, ...rest } = query;
  const filter: AuditFilter = { ...rest, from: dayStart(from), to: dayEnd(to) };
  const key = JSON.stringify(filter);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    listAudit({ ...(JSON.parse(key) as AuditFilter), page: current, pageSize }, controller.signal)
      .then((found) => (setPage(found), setError(undefined)))
      .catch((err: unknown) => !controller.signal.aborted && setError(errorText(err, t)))
      .finally(() => !controller.signal.aborted && setLoading(false));
    return () => controller.abort();
  }, [key, current, pageSize, t]);

  useEffect(() => form.setFieldsValue(query), [form, query]);
  const clean = (values: Record<string, string | undefined>) => Object.fromEntries(FILTERS.map((k) => [k, values[k]?.trim() || undefined]));
  const byLabel = (input: string, option?: { label: string; value: string }) => !!option && `${option.label} ${option.value}`.toLowerCase().includes(input.toLowerCase());

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t('audit.title')}</Typography.Title>
      <Card>
        <Form form={form} layout="inline" onFinish={(values: Record<string, string>) => update(clean(values))} style={{ marginBottom: 16, rowGap: 8 }} data-testid="audit-filters">
          <Form.Item name="actor" label={t('audit.filter.actor')}>
            <Input allowClear placeholder={t('audit.filter.actorPlaceholder')} style={{ width: 140 }} id="audit-filter-actor" />
          </Form.Item>
          <Form.Item name="action" label={t('audit.filter.action')}>
            <Select allowClear showSearch filterOption={byLabel} style={{ width: 200 }} id="audit-filter-action" options={AUDIT_ACTIONS.map((a) => ({ value: a, label: actionLabel(a, t) }))} />
          </Form.Item>
          <Form.Item name="entityType" label={t('audit.filter.entityType')}>
            <Select allowClear showSearch filterOption={byLabel} style={{ width: 150 }} id="audit-filter-entity-type" options={AUDIT_ENTITY_TYPES.map((e) => ({ value: e, label: entityLabel(e, t) }))} />
          </Form.Item>
          <Form.Item name="entityId" label={t('audit.filter.entityId')}>
            <Input allowClear style={{ width: 200 }} id="audit-filter-entity-id" />
          </Form.Item>
          <Form.Item label={t('audit.filter.at')}>
            <Space.Compact>
              <Form.Item name="from" noStyle><Input type="date" style={{ width: 150 }} id="audit-filter-from" /></Form.Item>
              <Form.Item name="to" noStyle><Input type="date" style={{ width: 150 }} id="audit-filter-to" /></Form.Item>
            </Space.Compact>
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" data-testid="audit-search">{t('audit.filter.search')}</Button>
            <Button onClick={() => (form.resetFields(), update(clean({})))}>{t('common.reset')}</Button>
            {/* A plain link: the browser's download takes the file; the engine applies the same filters. */}
            <Button icon={<DownloadOutlined />} href={auditExportUrl(filter)} download data-testid="audit-export">{t('audit.filter.export')}</Button>
          </Space>
        </Form>
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={page.entries}
          data-testid="audit-table"
          locale={{ emptyText: t('audit.empty') }}
          expandable={{ expandedRowRender: (entry) => <AuditChange entry={entry} />, rowExpandable: (entry) => !!(entry.before || entry.after) }}
          pagination={{ current, pageSize, total: page.total, showSizeChanger: true, showTotal: (total) => t('common.total', { count: total }), onChange: (p, size) => update({ page: p, pageSize: size }) }}
          columns={[
            { title: t('audit.column.at'), dataIndex: 'at', width: 180, render: (at: string) => formatTime(at, i18n.language) },
            { title: t('audit.column.actor'), dataIndex: 'actorName', width: 140, render: (name: string | null) => name ?? t('audit.system') },
            {
              title: t('audit.column.action'),
              dataIndex: 'action',
              render: (action: string) => (
                <Space size={4}>
                  {actionLabel(action, t)}
                  <Tag translate="no">{action}</Tag>
                </Space>
              ),
            },
            {
              title: t('audit.column.entity'),
              key: 'entity',
              render: (_: unknown, entry) => (
                <Space size={4}>
                  {entityLabel(entry.entityType, t)}
                  {entry.entityId && <Typography.Text copyable code>{entry.entityId}</Typography.Text>}
                </Space>
              ),
            },
            { title: t('audit.column.ip'), dataIndex: 'ip', width: 130, render: (ip: string | null) => ip ?? '—' },
          ]}
        />
      </Card>
    </>
  );
}
