import { DownloadOutlined } from '@ant-design/icons';
import { PROVIDER_REPORT_GROUPS, SATISFACTION } from '@careflow/contracts';
import { Alert, Button, Card, Col, Flex, Row, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getProviderReport, providerReportXlsxUrl, type ProviderCommentRow, type ProviderReportRow } from '../../api/provider-reports';
import { listServiceItems } from '../../api/providers';
import type { ServiceItem } from '../../api/provider-types';
import { errorText } from '../../components/errorText';
import { useLoaded } from '../../hooks/useLoaded';
import { formatDateTime } from '../../components/dateTime';
import { ChartCard } from './ChartCard';
import { satisfactionOption } from './caseCharts';
import { Headline, PeriodAndArea } from './PeriodAndArea';
import { ordersOption } from './providerCharts';
import { PROVIDER_KPI_KEYS, providerKpiText, type ProviderKpiKey } from './providerFormat';
import { useProviderReportFilters } from './useProviderReportFilters';

const HEADLINE: readonly ProviderKpiKey[] = ['orders', 'done', 'rejectionRate', 'avgAcceptMinutes', 'avgWorkMinutes', 'onTimeRate', 'satisfiedRate', 'complaints', 'amount'];

/** 服务商统计: orders, accept and work times, satisfaction, complaints and amounts by provider, item, area or day, with the evaluations' comments and the Excel. */
export function ProviderReport() {
  const { t } = useTranslation();
  const [filters, setFilters] = useProviderReportFilters();
  const [items, setItems] = useState<ServiceItem[]>([]);
  const { from, to, areaCode, serviceItem, groupBy } = filters;
  useEffect(() => void listServiceItems().then(setItems, () => setItems([])), []);
  const { value: report, error, loading } = useLoaded(useCallback((signal: AbortSignal) => getProviderReport({ from, to, areaCode, serviceItem, groupBy }, signal), [from, to, areaCode, serviceItem, groupBy]));

  const kpiName = (key: ProviderKpiKey) => t(`reports.providers.kpi.${key}`);
  const group = t(`reports.providers.group.${groupBy ?? 'provider'}`);
  const columns: ColumnsType<ProviderReportRow> = [
    { title: group, dataIndex: 'label', fixed: 'left' },
    ...PROVIDER_KPI_KEYS.map((key) => ({ title: kpiName(key), key, align: 'right' as const, render: (_: unknown, row: ProviderReportRow) => providerKpiText(row, key) })),
    ...SATISFACTION.map((s) => ({ title: t(`reports.cases.satisfaction.${s}`), key: s, align: 'right' as const, render: (_: unknown, row: ProviderReportRow) => row.satisfaction[s] })),
  ];
  const commentColumns: ColumnsType<ProviderCommentRow> = [
    { title: t('reports.providers.comment.at'), dataIndex: 'at', width: 170, render: (at: string) => formatDateTime(at) },
    { title: t('reports.providers.group.provider'), dataIndex: 'providerName' },
    { title: t('reports.providers.comment.source'), dataIndex: 'source', render: (s: ProviderCommentRow['source']) => t(`reports.providers.source.${s}`) },
    { title: t('reports.cases.satisfactionLevel'), dataIndex: 'satisfaction', render: (s: ProviderCommentRow['satisfaction']) => (s ? t(`reports.cases.satisfaction.${s}`) : '—') },
    { title: t('reports.providers.comment.note'), dataIndex: 'note', render: (note: string, c) => (c.complaint ? <><Tag color="red">{t('reports.providers.comment.complaint')}</Tag>{note}</> : note) },
    { title: t('reports.providers.comment.by'), dataIndex: 'recordedByName' },
  ];
  const rows = report?.rows ?? [];
  const satisfactionRows = SATISFACTION.map((s) => ({ key: s, count: report?.total.satisfaction[s] ?? 0 }));
  const byGroup = useMemo(() => ordersOption(rows, t), [rows, t]);
  const bySatisfaction = useMemo(() => satisfactionOption(report?.total, t), [report, t]);

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center">
        <PeriodAndArea from={from} to={to} areaCode={areaCode} onChange={setFilters} areaTestId="provider-report-area" />
        <Select allowClear showSearch optionFilterProp="label" style={{ width: 180 }} placeholder={t('reports.providers.allItems')} value={serviceItem} onChange={(v?: string) => setFilters({ serviceItem: v })} options={items.map((i) => ({ value: i.code, label: i.name }))} aria-label={t('reports.providers.group.item')} />
        <Select style={{ width: 140 }} value={groupBy} onChange={(v) => setFilters({ groupBy: v })} options={PROVIDER_REPORT_GROUPS.map((g) => ({ value: g, label: t('reports.calls.groupBy', { group: t(`reports.providers.group.${g}`) }) }))} aria-label={t('reports.filters.groupBy')} data-testid="provider-report-group" />
        <Button icon={<DownloadOutlined />} href={providerReportXlsxUrl(filters)} download data-testid="provider-report-export">
          {t('reports.export')}
        </Button>
      </Flex>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
      <Headline items={HEADLINE.map((key) => ({ key, title: kpiName(key), value: report ? providerKpiText(report.total, key) : '—' }))} loading={loading && !report} testIdPrefix="provider-kpi" />
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <ChartCard title={t('reports.providers.byGroup', { group })} option={byGroup} columns={columns} rows={rows} rowKey={(r) => r.key} testId="provider-report-groups" />
        </Col>
        <Col xs={24} xl={8}>
          <ChartCard title={t('reports.providers.bySatisfaction')} option={bySatisfaction} columns={[{ title: t('reports.cases.satisfactionLevel'), dataIndex: 'key', render: (_: unknown, r: (typeof satisfactionRows)[number]) => t(`reports.cases.satisfaction.${r.key}`) }, { title: t('reports.providers.unitEvaluations'), dataIndex: 'count', align: 'right' }]} rows={satisfactionRows} rowKey={(r) => r.key} testId="provider-report-satisfaction" />
        </Col>
      </Row>
      <Card size="small" title={t('reports.calls.detail')}>
        <Table<ProviderReportRow> size="small" rowKey="key" loading={loading} columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} data-testid="provider-report-rows" />
      </Card>
      <Card size="small" title={t('reports.providers.comments')}>
        <Table<ProviderCommentRow> size="small" rowKey="id" loading={loading} columns={commentColumns} dataSource={report?.comments ?? []} pagination={false} data-testid="provider-report-comments" />
      </Card>
    </Flex>
  );
}
