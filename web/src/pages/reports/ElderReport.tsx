import { DownloadOutlined } from '@ant-design/icons';
import { ELDER_REPORT_GROUPS } from '@careflow/contracts';
import { Alert, Button, Flex, Select } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { elderReportXlsxUrl, getElderReport, type ElderReportRow } from '../../api/elder-reports';
import { errorText } from '../../components/errorText';
import { useLoaded } from '../../hooks/useLoaded';
import { ChartCard } from './ChartCard';
import { barsOption } from './caseCharts';
import { percent } from './format';
import { Headline, PeriodAndArea } from './PeriodAndArea';
import { useElderReportFilters } from './useElderReportFilters';

const COUNTS = ['registered', 'served', 'added', 'moved', 'deceased'] as const;

/** 老人统计: the registry and the elders served, by subsidy category, area, living situation or age band, with the period's new, moved and deceased. */
export function ElderReport() {
  const { t } = useTranslation();
  const [filters, setFilters] = useElderReportFilters();
  const { from, to, areaCode, groupBy } = filters;
  const { value: report, error, loading } = useLoaded(useCallback((signal: AbortSignal) => getElderReport({ from, to, areaCode, groupBy }, signal), [from, to, areaCode, groupBy]));

  const group = t(`reports.elders.group.${groupBy ?? 'category'}`);
  const columns: ColumnsType<ElderReportRow> = [
    { title: group, dataIndex: 'label', fixed: 'left' },
    ...COUNTS.map((k) => ({ title: t(`reports.elders.kpi.${k}`), dataIndex: k, align: 'right' as const })),
    { title: t('reports.elders.kpi.servedRate'), key: 'servedRate', align: 'right', render: (_: unknown, row: ElderReportRow) => percent(row.servedRate) },
  ];
  const rows = report?.rows ?? [];
  const byGroup = useMemo(() => barsOption(rows.map((r) => r.label), t('reports.elders.unit'), [
    { name: t('reports.elders.kpi.registered'), data: rows.map((r) => r.registered) },
    { name: t('reports.elders.kpi.served'), data: rows.map((r) => r.served) },
  ]), [rows, t]);
  const total = report?.total;

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center">
        <PeriodAndArea from={from} to={to} areaCode={areaCode} onChange={setFilters} areaTestId="elder-report-area" />
        <Select style={{ width: 160 }} value={groupBy} onChange={(v) => setFilters({ groupBy: v })} options={ELDER_REPORT_GROUPS.map((g) => ({ value: g, label: t('reports.calls.groupBy', { group: t(`reports.elders.group.${g}`) }) }))} aria-label={t('reports.filters.groupBy')} data-testid="elder-report-group" />
        <Button icon={<DownloadOutlined />} href={elderReportXlsxUrl(filters)} download data-testid="elder-report-export">
          {t('reports.export')}
        </Button>
      </Flex>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
      <Headline
        items={[...COUNTS.map((k) => ({ key: k, title: t(`reports.elders.kpi.${k}`), value: total ? String(total[k]) : '—' })), { key: 'servedRate', title: t('reports.elders.kpi.servedRate'), value: total ? percent(total.servedRate) : '—' }]}
        loading={loading && !report}
        testIdPrefix="elder-kpi"
      />
      <ChartCard title={t('reports.elders.byGroup', { group })} option={byGroup} columns={columns} rows={rows} rowKey={(r) => r.key} testId="elder-report-groups" />
    </Flex>
  );
}
