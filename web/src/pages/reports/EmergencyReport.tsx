import { DownloadOutlined } from '@ant-design/icons';
import { EMERGENCY_REPORT_GROUPS } from '@careflow/contracts';
import { Alert, Button, Card, Col, Flex, Row, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emergencyReportXlsxUrl, getEmergencyReport, type EmergencyReportRow } from '../../api/emergency-reports';
import { listServiceTypes, type ServiceType } from '../../api/service-types';
import { errorText } from '../../components/errorText';
import { useLoaded } from '../../hooks/useLoaded';
import { ChartCard } from './ChartCard';
import { outcomesOption, responseTimesOption } from './emergencyCharts';
import { EMERGENCY_KPI_KEYS, emergencyKpiText, type EmergencyKpiKey } from './emergencyFormat';
import { Headline, PeriodAndArea } from './PeriodAndArea';
import { useEmergencyReportFilters } from './useEmergencyReportFilters';

const HEADLINE: readonly EmergencyKpiKey[] = ['alarms', 'falseAlarms', 'falseAlarmRate', 'canceled', 'callbackSec', 'dispatchSec', 'acceptedSec', 'onSiteSec'];

/** 应急响应: alarms, false alarms and the mean time from the alarm to each stage of the response, by button, type, area or day. */
export function EmergencyReport() {
  const { t } = useTranslation();
  const [filters, setFilters] = useEmergencyReportFilters();
  const [types, setTypes] = useState<ServiceType[]>([]);
  const { from, to, areaCode, serviceType, groupBy } = filters;
  useEffect(() => void listServiceTypes().then(setTypes, () => setTypes([])), []);
  const { value: report, error, loading } = useLoaded(useCallback((signal: AbortSignal) => getEmergencyReport({ from, to, areaCode, serviceType, groupBy }, signal), [from, to, areaCode, serviceType, groupBy]));

  const units = { min: t('reports.emergency.minutes'), sec: t('reports.emergency.seconds') };
  const kpiName = (key: EmergencyKpiKey) => t(`reports.emergency.kpi.${key}`);
  const group = t(`reports.emergency.group.${groupBy ?? 'button'}`);
  const columns: ColumnsType<EmergencyReportRow> = [
    { title: group, dataIndex: 'label', fixed: 'left' },
    ...EMERGENCY_KPI_KEYS.map((key) => ({ title: kpiName(key), key, align: 'right' as const, render: (_: unknown, row: EmergencyReportRow) => emergencyKpiText(row, key, units) })),
  ];
  const rows = report?.rows ?? [];
  const byGroup = useMemo(() => responseTimesOption(rows, t), [rows, t]);
  const outcomes = useMemo(() => outcomesOption(report?.total, t), [report, t]);
  const outcomeRows: { key: 'real' | 'falseAlarm' | 'canceled'; count: number }[] = report ? [{ key: 'real', count: report.total.alarms - report.total.falseAlarms - report.total.canceled }, { key: 'falseAlarm', count: report.total.falseAlarms }, { key: 'canceled', count: report.total.canceled }] : [];

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center">
        <PeriodAndArea from={from} to={to} areaCode={areaCode} onChange={setFilters} areaTestId="emergency-report-area" />
        <Select allowClear style={{ width: 160 }} placeholder={t('reports.cases.allTypes')} value={serviceType} onChange={(v?: string) => setFilters({ serviceType: v })} options={types.map((s) => ({ value: s.key, label: s.nameZh }))} aria-label={t('reports.cases.group.type')} />
        <Select style={{ width: 140 }} value={groupBy} onChange={(v) => setFilters({ groupBy: v })} options={EMERGENCY_REPORT_GROUPS.map((g) => ({ value: g, label: t('reports.calls.groupBy', { group: t(`reports.emergency.group.${g}`) }) }))} aria-label={t('reports.filters.groupBy')} data-testid="emergency-report-group" />
        <Button icon={<DownloadOutlined />} href={emergencyReportXlsxUrl(filters)} download data-testid="emergency-report-export">
          {t('reports.export')}
        </Button>
      </Flex>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
      <Headline items={HEADLINE.map((key) => ({ key, title: kpiName(key), value: report ? emergencyKpiText(report.total, key, units) : '—' }))} loading={loading && !report} testIdPrefix="emergency-kpi" />
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <ChartCard title={t('reports.emergency.byGroup', { group })} option={byGroup} columns={columns} rows={rows} rowKey={(r) => r.key} testId="emergency-report-groups" />
        </Col>
        <Col xs={24} xl={8}>
          <ChartCard title={t('reports.emergency.byOutcome')} option={outcomes} columns={[{ title: t('reports.emergency.outcomeTitle'), dataIndex: 'key', render: (k: (typeof outcomeRows)[number]['key']) => t(`reports.emergency.outcome.${k}`) }, { title: t('reports.emergency.unitAlarms'), dataIndex: 'count', align: 'right' }]} rows={outcomeRows} rowKey={(r) => r.key} testId="emergency-report-outcomes" />
        </Col>
      </Row>
      <Card size="small" title={t('reports.calls.detail')}>
        <Table<EmergencyReportRow> size="small" rowKey="key" loading={loading} columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} data-testid="emergency-report-rows" />
      </Card>
    </Flex>
  );
}
