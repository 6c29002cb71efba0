import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { callReportXlsxUrl, getCallReport, type CallReport as Report, type CallReportRow } from '../../api/reports';
import { errorText } from '../../components/errorText';
import { useLoaded } from '../../hooks/useLoaded';
import { ChartCard } from './ChartCard';
import { CALL_KPI_KEYS, kpiText, type CallKpiKey } from './format';
import { AgentFilter, Headline, PeriodAndArea } from './PeriodAndArea';
import { useCallReportFilters } from './useCallReportFilters';

/** The headline KPIs, as GB/T 33358-2016 judges a hotline. */
const HEADLINE: readonly CallKpiKey[] = ['offered', 'connectRate', 'within15sRate', 'asaSec', 'ahtSec', 'afterCallSec', 'abandoned', 'missed'];
type Hour = Report['byHourOfDay'][number];

/** 话务统计: the call KPIs over a period by day, hour, agent or area, the hours of the day, and the Excel. */
export function CallReport() {
  const { t } = useTranslation();
  const [filters, setFilters] = useCallReportFilters();
  const { from, to, areaCode, agent, groupBy } = filters;
  const { value: report, error, loading } = useLoaded(useCallback((signal: AbortSignal) => getCallReport({ from, to, areaCode, agent, groupBy }, signal), [from, to, areaCode, agent, groupBy]));

  const kpiName = (key: CallKpiKey) => t(`reports.calls.kpi.${key}`);
  const columns: ColumnsType<CallReportRow> = [{ title: t(`reports.calls.group.${groupBy ?? 'day'}`), dataIndex: 'label', fixed: 'left' }, ...CALL_KPI_KEYS.map((key) => ({ title: kpiName(key), key, align: 'right' as const, render: (_: unknown, row: CallReportRow) => kpiText(row, key) }))];
  const rows = report?.rows ?? [];
  const byGroup = useMemo(() => groupOption(rows, t), [rows, t]);
  const byHour = useMemo(() => hourOption(report?.byHourOfDay ?? [], t), [report, t]);
  const hourColumns: ColumnsType<Hour> = [{ title: t('reports.calls.hourOfDay'), dataIndex: 'hour', render: (h: number) => `${String(h).padStart(2, '0')}:00` }, ...(['offered', 'answered', 'abandoned', 'missed'] as const).map((k) => ({ title: kpiName(k), dataIndex: k, align: 'right' as const }))];

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center">
        <PeriodAndArea from={from} to={to} areaCode={areaCode} onChange={setFilters} areaTestId="report-area" />
        <AgentFilter agent={agent} onChange={setFilters} />
        <Select
          style={{ width: 140 }}
          value={groupBy}
          onChange={(v) => setFilters({ groupBy: v })}
          options={(['day', 'hour', 'agent', 'area'] as const).map((g) => ({ value: g, label: t('reports.calls.groupBy', { group: t(`reports.calls.group.${g}`) }) }))}
          aria-label={t('reports.filters.groupBy')}
        />
        <Button icon={<DownloadOutlined />} href={callReportXlsxUrl(filters)} download data-testid="call-report-export">
          {t('reports.export')}
        </Button>
      </Flex>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
      <Headline items={HEADLINE.map((key) => ({ key, title: kpiName(key), value: report ? kpiText(report.total, key) : '—' }))} loading={loading && !report} testIdPrefix="call-kpi" />
      <ChartCard title={t('reports.calls.byGroup', { group: t(`reports.calls.group.${groupBy ?? 'day'}`) })} option={byGroup} columns={columns} rows={rows} rowKey={(r) => r.key} testId="call-report-groups" />
      <ChartCard title={t('reports.calls.byHour')} option={byHour} columns={hourColumns} rows={report?.byHourOfDay ?? []} rowKey={(h) => String(h.hour)} testId="call-report-hours" />
      <Card size="small" title={t('reports.calls.detail')}>
        <Table<CallReportRow> size="small" rowKey="key" loading={loading} columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} data-testid="call-report-rows" />
      </Card>
    </Flex>
  );
}

type T = TFunction;

function groupOption(rows: CallReportRow[], t: T) {
  const series = (['answered', 'abandoned', 'missed'] as const).map((k) => ({ name: t(`reports.calls.kpi.${k}`), type: 'bar', stack: 'calls', data: rows.map((r) => r[k]) }));
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { top: 48, left: 48, right: 48, bottom: 32 },
    xAxis: { type: 'category', data: rows.map((r) => r.label) },
    yAxis: [{ type: 'value', name: t('reports.calls.unitCalls') }, { type: 'value', name: '%', max: 100 }],
    series: [...series, { name: t('reports.calls.kpi.connectRate'), type: 'line', yAxisIndex: 1, data: rows.map((r) => (r.connectRate === null ? null : Number((r.connectRate * 100).toFixed(1)))) }],
  };
}

function hourOption(hours: Hour[], t: T) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { top: 48, left: 48, right: 24, bottom: 32 },
    xAxis: { type: 'category', data: hours.map((h) => `${String(h.hour).padStart(2, '0')}`) },
    yAxis: { type: 'value', name: t('reports.calls.unitCalls') },
    series: (['offered', 'answered', 'abandoned', 'missed'] as const).map((k) => ({ name: t(`reports.calls.kpi.${k}`), type: k === 'offered' ? 'line' : 'bar', data: hours.map((h) => h[k]) })),
  };
}
