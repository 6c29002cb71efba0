import { Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CASE_KPI_KEYS, type CaseKpiKey } from './caseFormat';
import { CALL_KPI_KEYS, type CallKpiKey } from './format';

/** 指标口径: how each KPI is computed (numerator, denominator, which events), so a bureau can audit it. */
export function Definitions() {
  const { t } = useTranslation();
  type Text = (key: string) => string;
  const columns = (name: Text, formula: Text, events: Text) => [
    { title: t('reports.definitions.kpi'), key: 'name', render: (_: unknown, { key }: { key: string }) => <Typography.Text strong>{name(key)}</Typography.Text> },
    { title: t('reports.definitions.formula'), key: 'formula', render: (_: unknown, { key }: { key: string }) => formula(key) },
    { title: t('reports.definitions.events'), key: 'events', render: (_: unknown, { key }: { key: string }) => events(key) },
  ];
  const calls = columns(
    (k) => t(`reports.calls.kpi.${k as CallKpiKey}`),
    (k) => t(`reports.definitions.calls.${k as CallKpiKey}.formula`),
    (k) => t(`reports.definitions.calls.${k as CallKpiKey}.events`),
  );
  const cases = columns(
    (k) => t(`reports.cases.kpi.${k as CaseKpiKey}`),
    (k) => t(`reports.definitions.cases.${k as CaseKpiKey}.formula`),
    (k) => t(`reports.definitions.cases.${k as CaseKpiKey}.events`),
  );
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('reports.definitions.callsTitle')}>
        <Typography.Paragraph type="secondary">{t('reports.definitions.callsIntro')}</Typography.Paragraph>
        <Table size="small" rowKey="key" pagination={false} data-testid="kpi-definitions" dataSource={CALL_KPI_KEYS.map((key) => ({ key }))} columns={calls} />
      </Card>
      <Card size="small" title={t('reports.definitions.casesTitle')}>
        <Typography.Paragraph type="secondary">{t('reports.definitions.casesIntro')}</Typography.Paragraph>
        <Table size="small" rowKey="key" pagination={false} data-testid="case-kpi-definitions" dataSource={CASE_KPI_KEYS.map((key) => ({ key }))} columns={cases} />
      </Card>
    </Flex>
  );
}
