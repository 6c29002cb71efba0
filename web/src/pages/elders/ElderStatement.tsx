import { Alert, DatePicker, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getStatement, type ChargeLine, type Statement } from '../../api/billing';
import { formatDate } from '../../components/dateTime';
import { errorText } from '../../components/errorText';
import { formatYuan } from '../providers/money';

/** 收费清单: the elder's itemised bill of a month (charges and adjustments), any month, at any time. */
export function ElderStatement({ elderId }: { elderId: string }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const [statement, setStatement] = useState<Statement | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    setStatement(null);
    getStatement(elderId, { month: month.format('YYYY-MM') }, controller.signal).then(
      (s) => (setStatement(s), setError(null)),
      (err: unknown) => !controller.signal.aborted && setError(err),
    );
    return () => controller.abort();
  }, [elderId, month]);

  const providerName = (id: string) => statement?.providers.find((p) => p.id === id)?.name ?? '—';
  const columns: ColumnsType<ChargeLine> = [
    { title: t('billing.fields.servedAt'), dataIndex: 'servedAt', render: (v: string) => formatDate(v) },
    { title: t('billing.fields.item'), dataIndex: 'itemName', render: (name: string, l) => (l.kind === 'adjustment' ? <>{name} <Tag color="gold">{t('billing.adjustment')}</Tag></> : name) },
    { title: t('billing.fields.provider'), dataIndex: 'providerId', render: providerName },
    { title: t('billing.fields.quantity'), dataIndex: 'quantity', render: (q: number, l) => (l.kind === 'adjustment' ? '—' : `${q}${l.unit}`) },
    { title: t('billing.fields.unitPrice'), dataIndex: 'unitPrice', align: 'right', render: (v: number, l) => (l.kind === 'adjustment' ? '—' : formatYuan(v)) },
    { title: t('billing.fields.amount'), dataIndex: 'amount', align: 'right', render: formatYuan },
    { title: t('billing.fields.subsidy'), dataIndex: 'subsidy', align: 'right', render: formatYuan },
    { title: t('billing.fields.elderShare'), dataIndex: 'elderShare', align: 'right', render: formatYuan },
    { title: t('billing.fields.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '' },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap="wrap" gap={8} style={{ marginBottom: 12 }}>
        <DatePicker picker="month" allowClear={false} value={month} onChange={(v) => v && setMonth(v)} disabledDate={(d) => d.isAfter(dayjs(), 'month')} id="statement-month" />
        {statement && (statement.closed ? <Tag color="green">{t('billing.closed')}</Tag> : <Tag>{t('billing.open')}</Tag>)}
      </Flex>
      {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <Table
        rowKey="id"
        size="small"
        loading={statement === null && error === null}
        columns={columns}
        dataSource={statement?.lines ?? []}
        pagination={false}
        data-testid="statement-lines"
        locale={{ emptyText: t('billing.empty') }}
        summary={() =>
          statement && statement.lines.length > 0 ? (
            <Table.Summary.Row data-testid="statement-totals">
              <Table.Summary.Cell index={0} colSpan={5}>
                <Typography.Text strong>{t('billing.totals')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">{formatYuan(statement.totals.amount)}</Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">{formatYuan(statement.totals.subsidy)}</Table.Summary.Cell>
              <Table.Summary.Cell index={7} align="right">
                <Typography.Text strong>{formatYuan(statement.totals.elderShare)}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={8} />
            </Table.Summary.Row>
          ) : null
        }
      />
    </>
  );
}
