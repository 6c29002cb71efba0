import { Card, Flex, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { SECTIONS, type Section } from './definitionSections';

/** The keys are built from SECTIONS (not typed literals), so sectionMessages and its test stand for the type check. */
const text = (t: TFunction, key: string): string => (t as unknown as (key: string) => string)(key);

/** 指标口径: how each KPI is computed (numerator, denominator, which events), so a bureau can audit it. */
export function Definitions() {
  const { t } = useTranslation();
  const columns = (section: Section) => [
    { title: t('reports.definitions.kpi'), key: 'name', render: (_: unknown, { key }: { key: string }) => <Typography.Text strong>{text(t, section.name(key))}</Typography.Text> },
    { title: t('reports.definitions.formula'), key: 'formula', render: (_: unknown, { key }: { key: string }) => text(t, `reports.definitions.${section.id}.${key}.formula`) },
    { title: t('reports.definitions.events'), key: 'events', render: (_: unknown, { key }: { key: string }) => text(t, `reports.definitions.${section.id}.${key}.events`) },
  ];
  return (
    <Flex vertical gap={16}>
      {SECTIONS.map((section) => (
        <Card key={section.id} size="small" title={text(t, `reports.definitions.${section.id}Title`)}>
          <Typography.Paragraph type="secondary">{text(t, `reports.definitions.${section.id}Intro`)}</Typography.Paragraph>
          <Table size="small" rowKey="key" pagination={false} data-testid={section.testId} dataSource={section.keys.map((key) => ({ key }))} columns={columns(section)} />
        </Card>
      ))}
    </Flex>
  );
}
