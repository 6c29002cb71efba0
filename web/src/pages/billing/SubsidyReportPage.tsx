import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { getSubsidyReport, subsidyReportXlsxUrl, type SubsidyReport } from '../../api/billing-admin';
import { errorText } from '../../components/errorText';
import { useDictionaries } from '../../hooks/useDictionaries';
import { usePageTitle } from '../../hooks/usePageTitle';
import { formatYuan } from '../providers/money';
import { MonthPicker, useMonthParam } from './MonthPicker';
import { useLoaded } from '../../hooks/useLoaded';

type Figures = SubsidyReport['totals'];
const MONEY = ['amount', 'subsidy', 'elderShare'] as const;

/** 补贴报表: a month's amount, subsidy and the elders' share by area, by subsidy category and by item, each with the totals. */
export function SubsidyReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('menu.subsidyReport'));
  const dictionaries = useDictionaries();
  const [month, setMonth] = useMonthParam();
  const { value, error, loading } = useLoaded(useCallback((signal: AbortSignal) => getSubsidyReport(month, signal), [month]));

  /** A breakdown's table: its own first column, then the figures, then the month's totals. */
  function breakdown<R extends Figures>(id: string, title: string, first: ColumnsType<R>[number], rows: R[] | undefined, rowKey: (r: R) => string) {
    const columns: ColumnsType<R> = [
      first,
      { title: t('billing.figures.elders'), dataIndex: 'elders', align: 'right' },
      { title: t('billing.figures.lines'), dataIndex: 'lines', align: 'right' },
      ...MONEY.map((key) => ({ title: t(`billing.fields.${key}`), dataIndex: key, align: 'right' as const, render: formatYuan })),
    ];
    const totals = value?.totals;
    return (
      <Card size="small" title={title}>
        <Table<R>
          rowKey={rowKey}
          size="small"
          loading={loading}
          columns={columns}
          dataSource={rows ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('billing.report.empty') }}
          data-testid={`report-${id}`}
          summary={() =>
            totals && (rows ?? []).length > 0 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}><Typography.Text strong>{t('billing.report.grandTotal')}</Typography.Text></Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">{totals.elders}</Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">{totals.lines}</Table.Summary.Cell>
                {MONEY.map((key, i) => <Table.Summary.Cell key={key} index={3 + i} align="right"><Typography.Text strong>{formatYuan(totals[key])}</Typography.Text></Table.Summary.Cell>)}
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
    );
  }

  return (
    <Card
      title={t('billing.report.title')}
      extra={
        <Space wrap>
          {value && <Tag color={value.closed ? 'green' : undefined}>{t(value.closed ? 'billing.closed' : 'billing.open')}</Tag>}
          <MonthPicker value={month} onChange={setMonth} />
          <Button icon={<DownloadOutlined />} href={subsidyReportXlsxUrl(month)} download data-testid="report-export">{t('billing.exportExcel')}</Button>
        </Space>
      }
    >
      {value?.scoped && <Alert type="info" showIcon message={t('billing.scopedHint')} style={{ marginBottom: 12 }} />}
      {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <Flex vertical gap={16}>
        {breakdown('area', t('billing.report.byArea'), { title: t('billing.report.area'), dataIndex: 'areaPath' }, value?.byArea, (r) => r.areaCode)}
        {breakdown('category', t('billing.report.byCategory'), { title: t('billing.report.category'), dataIndex: 'category', render: (c: string | null) => (c ? dictionaries.label('subsidy_category', c) : t('billing.report.noCategory')) }, value?.byCategory, (r) => r.category ?? '')}
        {breakdown('item', t('billing.report.byItem'), { title: t('billing.report.item'), dataIndex: 'itemName' }, value?.byItem, (r) => r.itemCode)}
      </Flex>
    </Card>
  );
}
