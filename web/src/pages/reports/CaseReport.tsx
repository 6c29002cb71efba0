import { DownloadOutlined } from '@ant-design/icons';
import { BACKLOG_BANDS, CASE_REPORT_GROUPS, CHANNELS, SATISFACTION } from '@careflow/contracts';
import { Alert, Button, Card, Col, Flex, Row, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseReportXlsxUrl, getCaseReport, type BacklogRow, type CaseReportRow } from '../../api/case-reports';
import { listServiceTypes, type ServiceType } from '../../api/service-types';
import { errorText } from '../../components/errorText';
import { useLoaded } from '../../hooks/useLoaded';
import { ChartCard } from './ChartCard';
import { backlogOption, openedClosedOption, satisfactionOption } from './caseCharts';
import { CASE_KPI_KEYS, caseKpiText, type CaseKpiKey } from './caseFormat';
import { AgentFilter, Headline, PeriodAndArea } from './PeriodAndArea';
import { useCaseReportFilters } from './useCaseReportFilters';

const HEADLINE: readonly CaseKpiKey[] = ['opened', 'closed', 'onTimeRate', 'fcrRate', 'redoRate', 'avgDurationHours', 'p90DurationHours', 'urged'];

/** 工单统计: the case KPIs over a period by service type, channel, area, day or the agent who opened them, the open backlog by age, and the Excel. */
export function CaseReport() {
  const { t } = useTranslation();
  const [filters, setFilters] = useCaseReportFilters();
  const [types, setTypes] = useState<ServiceType[]>([]);
  const { from, to, areaCode, serviceType, channel, agent, groupBy } = filters;
  useEffect(() => void listServiceTypes().then(setTypes, () => setTypes([])), []);
  const { value: report, error, loading } = useLoaded(useCallback((signal: AbortSignal) => getCaseReport({ from, to, areaCode, serviceType, channel, agent, groupBy }, signal), [from, to, areaCode, serviceType, channel, agent, groupBy]));

  const kpiName = (key: CaseKpiKey) => t(`reports.cases.kpi.${key}`);
  const group = t(`reports.cases.group.${groupBy ?? 'type'}`);
  const columns: ColumnsType<CaseReportRow> = [
    { title: group, dataIndex: 'label', fixed: 'left' },
    ...CASE_KPI_KEYS.map((key) => ({ title: kpiName(key), key, align: 'right' as const, render: (_: unknown, row: CaseReportRow) => caseKpiText(row, key) })),
    ...SATISFACTION.map((s) => ({ title: t(`reports.cases.satisfaction.${s}`), key: s, align: 'right' as const, render: (_: unknown, row: CaseReportRow) => row.satisfaction[s] })),
  ];
  const rows = report?.rows ?? [];
  const backlogRows = report?.backlog.rows ?? [];
  const backlogColumns: ColumnsType<BacklogRow> = [{ title: t('reports.cases.group.type'), dataIndex: 'label' }, ...[...BACKLOG_BANDS, 'overdue' as const, 'total' as const].map((k) => ({ title: t(`reports.cases.band.${k}`), dataIndex: k, align: 'right' as const }))];
  const satisfactionRows = SATISFACTION.map((s) => ({ key: s, count: report?.total.satisfaction[s] ?? 0 }));
  const byGroup = useMemo(() => openedClosedOption(rows, t), [rows, t]);
  const bySatisfaction = useMemo(() => satisfactionOption(report?.total, t), [report, t]);
  const byAge = useMemo(() => backlogOption(backlogRows, t), [backlogRows, t]);

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center">
        <PeriodAndArea from={from} to={to} areaCode={areaCode} onChange={setFilters} areaTestId="case-report-area" />
        <Select allowClear style={{ width: 160 }} placeholder={t('reports.cases.allTypes')} value={serviceType} onChange={(v?: string) => setFilters({ serviceType: v })} options={types.map((s) => ({ value: s.key, label: s.nameZh }))} aria-label={t('reports.cases.group.type')} data-testid="case-report-type" />
        <Select allowClear style={{ width: 140 }} placeholder={t('reports.cases.allChannels')} value={channel} onChange={(v?: (typeof CHANNELS)[number]) => setFilters({ channel: v })} options={CHANNELS.map((c) => ({ value: c, label: t(`reports.cases.channel.${c}`) }))} aria-label={t('reports.cases.group.channel')} data-testid="case-report-channel" />
        <AgentFilter agent={agent} onChange={setFilters} testId="case-report-agent" />
        <Select style={{ width: 140 }} value={groupBy} onChange={(v) => setFilters({ groupBy: v })} options={CASE_REPORT_GROUPS.map((g) => ({ value: g, label: t('reports.calls.groupBy', { group: t(`reports.cases.group.${g}`) }) }))} aria-label={t('reports.filters.groupBy')} />
        <Button icon={<DownloadOutlined />} href={caseReportXlsxUrl(filters)} download data-testid="case-report-export">
          {t('reports.export')}
        </Button>
      </Flex>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
      <Headline items={HEADLINE.map((key) => ({ key, title: kpiName(key), value: report ? caseKpiText(report.total, key) : '—' }))} loading={loading && !report} testIdPrefix="case-kpi" />
      <ChartCard title={t('reports.cases.byGroup', { group })} option={byGroup} columns={columns} rows={rows} rowKey={(r) => r.key} testId="case-report-groups" />
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={10}>
          <ChartCard title={t('reports.cases.bySatisfaction')} option={bySatisfaction} columns={[{ title: t('reports.cases.satisfactionLevel'), dataIndex: 'key', render: (_: unknown, r: (typeof satisfactionRows)[number]) => t(`reports.cases.satisfaction.${r.key}`) }, { title: t('reports.cases.unitCases'), dataIndex: 'count', align: 'right' }]} rows={satisfactionRows} rowKey={(r) => r.key} testId="case-report-satisfaction" />
        </Col>
        <Col xs={24} xl={14}>
          <ChartCard title={t('reports.cases.backlog', { total: report?.backlog.total.total ?? 0, overdue: report?.backlog.total.overdue ?? 0 })} option={byAge} columns={backlogColumns} rows={backlogRows} rowKey={(r) => r.key} testId="case-report-backlog" />
        </Col>
      </Row>
      <Card size="small" title={t('reports.calls.detail')}>
        <Table<CaseReportRow> size="small" rowKey="key" loading={loading} columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} data-testid="case-report-rows" />
      </Card>
    </Flex>
  );
}
