import { FilePdfOutlined, FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generateMonthlyReport, listMonthlyReports, monthlyReportFileUrl, type MonthlyReportEntry } from '../../api/monthly-reports';
import { AreaTreeSelect } from '../../components/AreaTreeSelect';
import { formatDateTime } from '../../components/dateTime';
import { errorText } from '../../components/errorText';
import { useLoaded } from '../../hooks/useLoaded';

/** 月度报告: generate a month's report for the bureau or an area, and the archive of every report with its PDF and Excel. */
export function MonthlyReports() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [month, setMonth] = useState(() => dayjs().subtract(1, 'month').format('YYYY-MM'));
  const [areaCode, setAreaCode] = useState<string>();
  const [busy, setBusy] = useState(false);
  const { value: archive, error, loading, reload } = useLoaded(useCallback((signal: AbortSignal) => listMonthlyReports(signal), []));

  const generate = async () => {
    setBusy(true);
    try {
      await generateMonthlyReport({ month, ...(areaCode ? { areaCode } : {}) });
      message.success(t('reports.monthly.generated', { month }));
      reload();
    } catch (err) {
      message.error(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  const columns: ColumnsType<MonthlyReportEntry> = [
    { title: t('reports.monthly.month'), dataIndex: 'month', width: 110 },
    { title: t('reports.monthly.scope'), dataIndex: 'areaName', render: (name: string | null) => name ?? t('reports.monthly.wholeBureau') },
    { title: t('reports.monthly.trigger'), dataIndex: 'trigger', width: 130, render: (trigger: MonthlyReportEntry['trigger']) => <Tag color={trigger === 'scheduled' ? 'blue' : 'default'}>{t(`reports.monthly.triggers.${trigger}`)}</Tag> },
    { title: t('reports.monthly.generatedBy'), dataIndex: 'generatedBy', render: (by: string | null) => by ?? '—' },
    { title: t('reports.monthly.generatedAt'), dataIndex: 'generatedAt', width: 180, render: (at: string) => formatDateTime(at) },
    {
      title: t('reports.monthly.files'),
      key: 'files',
      width: 220,
      render: (_: unknown, r) => (
        <Flex gap={8}>
          <Button size="small" icon={<FilePdfOutlined />} href={monthlyReportFileUrl(r.id, 'pdf')} download data-testid={`monthly-pdf-${r.month}`}>
            {t('reports.monthly.pdf')}
          </Button>
          <Button size="small" icon={<FileExcelOutlined />} href={monthlyReportFileUrl(r.id, 'xlsx')} download data-testid={`monthly-xlsx-${r.month}`}>
            {t('reports.monthly.xlsx')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('reports.monthly.new')}>
        <Flex wrap gap={8} align="center">
          <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(v) => v && setMonth(v.format('YYYY-MM'))} disabledDate={(d) => d.isAfter(dayjs(), 'month')} aria-label={t('reports.monthly.month')} data-testid="monthly-month" />
          <AreaTreeSelect style={{ width: 220 }} placeholder={t('reports.monthly.wholeBureau')} value={areaCode} onChange={(v) => setAreaCode(typeof v === 'string' ? v : undefined)} data-testid="monthly-area" />
          <Button type="primary" icon={<PlusOutlined />} loading={busy} onClick={() => void generate()} data-testid="monthly-generate">
            {t('reports.monthly.generate')}
          </Button>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('reports.monthly.hint')}
        </Typography.Paragraph>
      </Card>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
      <Card size="small" title={t('reports.monthly.archive')}>
        <Table<MonthlyReportEntry> size="small" rowKey="id" loading={loading} columns={columns} dataSource={archive?.items ?? []} pagination={{ pageSize: 24, hideOnSinglePage: true }} data-testid="monthly-archive" />
      </Card>
    </Flex>
  );
}
