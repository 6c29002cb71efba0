import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { SettlementLine } from '../../api/billing-admin';
import { formatDate } from '../../components/dateTime';
import { formatYuan } from '../providers/money';

export interface LinePage {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
}

/** A settlement's lines, one page from the server at a time: who was served what, and the money of each (adjustments marked, with their reason). */
export function SettlementLines({ lines, loading, paging }: { lines: SettlementLine[]; loading: boolean; paging: LinePage }) {
  const { t } = useTranslation();
  const adjustment = (l: SettlementLine) => l.kind === 'adjustment';
  const columns: ColumnsType<SettlementLine> = [
    { title: t('billing.fields.servedAt'), dataIndex: 'servedAt', render: (v: string) => formatDate(v) },
    { title: t('billing.settlements.elder'), dataIndex: 'elderName' },
    { title: t('billing.fields.item'), dataIndex: 'itemName', render: (name: string, l) => (adjustment(l) ? <>{name} <Tag color="gold">{t('billing.adjustment')}</Tag></> : name) },
    { title: t('billing.fields.quantity'), dataIndex: 'quantity', render: (q: number, l) => (adjustment(l) ? '—' : `${q}${l.unit}`) },
    { title: t('billing.fields.amount'), dataIndex: 'amount', align: 'right', render: formatYuan },
    { title: t('billing.fields.subsidy'), dataIndex: 'subsidy', align: 'right', render: formatYuan },
    { title: t('billing.fields.elderShare'), dataIndex: 'elderShare', align: 'right', render: formatYuan },
    { title: t('billing.fields.reason'), dataIndex: 'reason', render: (v: string | null) => (v ? <Typography.Text type="secondary">{v}</Typography.Text> : '') },
  ];
  return <Table rowKey="id" size="small" loading={loading} columns={columns} dataSource={lines} pagination={{ current: paging.page, pageSize: paging.pageSize, total: paging.total, onChange: paging.onChange, showSizeChanger: true, pageSizeOptions: [50, 100, 200], hideOnSinglePage: paging.total <= 50 }} locale={{ emptyText: t('billing.empty') }} data-testid="settlement-lines" />;
}
