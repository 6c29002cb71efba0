import { Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChargeLine, Statement } from '../../api/billing';
import { formatDate } from '../../components/dateTime';
import { formatYuan } from '../providers/money';

type Props = { statement: Statement | null; loading: boolean; phone: boolean };

/** The statement's lines and totals: a table on a desk, one card per line on a phone (no sideways scrolling). */
export function StatementLines({ statement, loading, phone }: Props) {
  const { t } = useTranslation();
  const providerName = (id: string) => statement?.providers.find((p) => p.id === id)?.name ?? '—';
  const itemOf = (l: ChargeLine) => (l.kind === 'adjustment' ? <>{l.itemName} <Tag color="gold">{t('billing.adjustment')}</Tag></> : l.itemName);
  if (phone) return <LineCards statement={statement} loading={loading} providerName={providerName} itemOf={itemOf} />;

  const columns: ColumnsType<ChargeLine> = [
    { title: t('billing.fields.servedAt'), dataIndex: 'servedAt', render: (v: string) => formatDate(v) },
    { title: t('billing.fields.item'), dataIndex: 'itemName', render: (_: string, l) => itemOf(l) },
    { title: t('billing.fields.provider'), dataIndex: 'providerId', render: providerName },
    { title: t('billing.fields.quantity'), dataIndex: 'quantity', render: (q: number, l) => (l.kind === 'adjustment' ? '—' : `${q}${l.unit}`) },
    { title: t('billing.fields.unitPrice'), dataIndex: 'unitPrice', align: 'right', render: (v: number, l) => (l.kind === 'adjustment' ? '—' : formatYuan(v)) },
    { title: t('billing.fields.amount'), dataIndex: 'amount', align: 'right', render: formatYuan },
    { title: t('billing.fields.subsidy'), dataIndex: 'subsidy', align: 'right', render: formatYuan },
    { title: t('billing.fields.elderShare'), dataIndex: 'elderShare', align: 'right', render: formatYuan },
    { title: t('billing.fields.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '' },
  ];
  return (
    <Table
      rowKey="id"
      size="small"
      loading={loading}
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
  );
}

type CardProps = { statement: Statement | null; loading: boolean; providerName: (id: string) => string; itemOf: (l: ChargeLine) => ReactNode };

function LineCards({ statement, loading, providerName, itemOf }: CardProps) {
  const { t } = useTranslation();
  const money = (l: { amount: number; subsidy: number; elderShare: number }) =>
    `${t('billing.fields.amount')} ${formatYuan(l.amount)} · ${t('billing.fields.subsidy')} ${formatYuan(l.subsidy)} · ${t('billing.fields.elderShare')} ${formatYuan(l.elderShare)}`;
  if (!statement) return <Card loading={loading} size="small" />;
  return (
    <Flex vertical gap={8} data-testid="statement-lines">
      {statement.lines.length === 0 && <Empty description={t('billing.empty')} />}
      {statement.lines.map((l) => (
        <Card key={l.id} size="small" title={itemOf(l)} extra={formatDate(l.servedAt)}>
          <Typography.Text type="secondary">{providerName(l.providerId)}{l.kind === 'charge' ? ` · ${l.quantity}${l.unit} × ${formatYuan(l.unitPrice)}` : ''}</Typography.Text>
          <div>{money(l)}</div>
          {l.reason && <Typography.Text type="secondary">{t('billing.fields.reason')}：{l.reason}</Typography.Text>}
        </Card>
      ))}
      {statement.lines.length > 0 && (
        <Card size="small" data-testid="statement-totals">
          <Typography.Text strong>{t('billing.totals')}</Typography.Text>
          <div>{money(statement.totals)}</div>
        </Card>
      )}
    </Flex>
  );
}
