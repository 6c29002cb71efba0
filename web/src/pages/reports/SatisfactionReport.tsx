import { DownloadOutlined } from '@ant-design/icons';
import { SATISFACTION, SATISFACTION_REPORT_GROUPS } from '@careflow/contracts';
import { Alert, Button, Card, Flex, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getSatisfactionReport, satisfactionReportXlsxUrl, type RatingCommentRow, type SatisfactionReportRow } from '../../api/satisfaction-reports';
import { listServiceTypes, type ServiceType } from '../../api/service-types';
import { formatDateTime } from '../../components/dateTime';
import { errorText } from '../../components/errorText';
import { useLoaded } from '../../hooks/useLoaded';
import { ChartCard } from './ChartCard';
import { levelsOption } from './caseCharts';
import { percent } from './format';
import { AgentFilter, Headline, PeriodAndArea } from './PeriodAndArea';
import { useSatisfactionReportFilters } from './useSatisfactionReportFilters';

/** 满意度统计: the five levels by agent, type, area or day, the satisfied and dissatisfied rates, and the return visits' words. */
export function SatisfactionReport() {
  const { t } = useTranslation();
  const [filters, setFilters] = useSatisfactionReportFilters();
  const [types, setTypes] = useState<ServiceType[]>([]);
  const { from, to, areaCode, serviceType, agent, groupBy } = filters;
  useEffect(() => void listServiceTypes().then(setTypes, () => setTypes([])), []);
  const { value: report, error, loading } = useLoaded(useCallback((signal: AbortSignal) => getSatisfactionReport({ from, to, areaCode, serviceType, agent, groupBy }, signal), [from, to, areaCode, serviceType, agent, groupBy]));

  const group = t(`reports.satisfaction.group.${groupBy ?? 'agent'}`);
  const columns: ColumnsType<SatisfactionReportRow> = [
    { title: group, dataIndex: 'label', fixed: 'left' },
    { title: t('reports.satisfaction.rated'), dataIndex: 'rated', align: 'right' },
    ...SATISFACTION.map((s) => ({ title: t(`reports.cases.satisfaction.${s}`), key: s, align: 'right' as const, render: (_: unknown, row: SatisfactionReportRow) => row.satisfaction[s] })),
    { title: t('reports.satisfaction.satisfiedRate'), key: 'satisfiedRate', align: 'right', render: (_: unknown, row: SatisfactionReportRow) => percent(row.satisfiedRate) },
    { title: t('reports.satisfaction.dissatisfiedRate'), key: 'dissatisfiedRate', align: 'right', render: (_: unknown, row: SatisfactionReportRow) => percent(row.dissatisfiedRate) },
  ];
  const commentColumns: ColumnsType<RatingCommentRow> = [
    { title: t('reports.satisfaction.comment.at'), dataIndex: 'at', width: 170, render: (at: string) => formatDateTime(at) },
    { title: t('reports.satisfaction.comment.case'), dataIndex: 'caseNumber' },
    { title: t('reports.satisfaction.group.agent'), dataIndex: 'agentName' },
    { title: t('reports.satisfaction.group.type'), dataIndex: 'serviceTypeName' },
    { title: t('reports.cases.satisfactionLevel'), dataIndex: 'satisfaction', render: (s: RatingCommentRow['satisfaction']) => t(`reports.cases.satisfaction.${s}`) },
    { title: t('reports.satisfaction.comment.note'), dataIndex: 'note' },
  ];
  const rows = report?.rows ?? [];
  const byGroup = useMemo(() => levelsOption(rows, t), [rows, t]);
  const total = report?.total;

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center">
        <PeriodAndArea from={from} to={to} areaCode={areaCode} onChange={setFilters} areaTestId="satisfaction-report-area" />
        <Select allowClear style={{ width: 160 }} placeholder={t('reports.cases.allTypes')} value={serviceType} onChange={(v?: string) => setFilters({ serviceType: v })} options={types.map((s) => ({ value: s.key, label: s.nameZh }))} aria-label={t('reports.cases.group.type')} />
        <AgentFilter agent={agent} onChange={setFilters} testId="satisfaction-report-agent" />
        <Select style={{ width: 140 }} value={groupBy} onChange={(v) => setFilters({ groupBy: v })} options={SATISFACTION_REPORT_GROUPS.map((g) => ({ value: g, label: t('reports.calls.groupBy', { group: t(`reports.satisfaction.group.${g}`) }) }))} aria-label={t('reports.filters.groupBy')} data-testid="satisfaction-report-group" />
        <Button icon={<DownloadOutlined />} href={satisfactionReportXlsxUrl(filters)} download data-testid="satisfaction-report-export">
          {t('reports.export')}
        </Button>
      </Flex>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
      <Headline
        items={[
          { key: 'rated', title: t('reports.satisfaction.rated'), value: total ? String(total.rated) : '—' },
          { key: 'satisfiedRate', title: t('reports.satisfaction.satisfiedRate'), value: total ? percent(total.satisfiedRate) : '—' },
          { key: 'dissatisfiedRate', title: t('reports.satisfaction.dissatisfiedRate'), value: total ? percent(total.dissatisfiedRate) : '—' },
          ...SATISFACTION.map((s) => ({ key: s, title: t(`reports.cases.satisfaction.${s}`), value: total ? String(total.satisfaction[s]) : '—' })),
        ]}
        loading={loading && !report}
        testIdPrefix="satisfaction-kpi"
      />
      <ChartCard title={t('reports.satisfaction.byGroup', { group })} option={byGroup} columns={columns} rows={rows} rowKey={(r) => r.key} testId="satisfaction-report-groups" />
      <Card size="small" title={t('reports.satisfaction.comments')}>
        <Table<RatingCommentRow> size="small" rowKey="caseId" loading={loading} columns={commentColumns} dataSource={report?.comments ?? []} pagination={false} data-testid="satisfaction-report-comments" />
      </Card>
    </Flex>
  );
}
