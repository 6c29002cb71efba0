import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Drawer, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getSettlement, listSettlements, settlementXlsxUrl, type SettlementRow } from '../../api/billing-admin';
import { errorText } from '../../components/errorText';
import { formatYuan } from '../providers/money';
import { ConfirmationTag } from './ConfirmationTag';
import { MonthPicker, useMonthParam } from './MonthPicker';
import { SettlementLines } from './SettlementLines';
import { useLoaded } from '../../hooks/useLoaded';

const MONEY = ['amount', 'subsidy', 'elderShare', 'adjustments'] as const;

/** 结算 as the bureau sees it: every provider's month with its totals and confirmation, each provider's lines in a drawer. */
export function BureauSettlements() {
  const { t } = useTranslation();
  const [month, setMonth] = useMonthParam();
  const { value, error, loading } = useLoaded(useCallback((signal: AbortSignal) => listSettlements(month, signal), [month]));
  const [open, setOpen] = useState<SettlementRow | null>(null);

  const moneyTitle = (key: (typeof MONEY)[number]) => (key === 'adjustments' ? t('billing.figures.adjustments') : t(`billing.fields.${key}`));
  const columns: ColumnsType<SettlementRow> = [
    { title: t('billing.settlements.provider'), dataIndex: 'providerName' },
    { title: t('billing.figures.orders'), dataIndex: 'orders', align: 'right' },
    { title: t('billing.figures.lines'), dataIndex: 'lines', align: 'right' },
    ...MONEY.map((key) => ({ title: moneyTitle(key), dataIndex: key, align: 'right' as const, render: formatYuan })),
    { title: t('billing.settlements.confirmation'), key: 'confirmation', render: (_: unknown, r) => <ConfirmationTag confirmation={r.confirmation} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, r) => (
        <Space>
          <Button size="small" data-testid={`settlement-open-${r.providerId}`} onClick={() => setOpen(r)}>{t('billing.settlements.details')}</Button>
          <Button size="small" icon={<DownloadOutlined />} href={settlementXlsxUrl(r.providerId, month)} download>{t('billing.exportExcel')}</Button>
        </Space>
      ),
    },
  ];

  return (
    <Card title={t('billing.settlements.title')} extra={<Space>{value && <Tag color={value.closed ? 'green' : undefined}>{t(value.closed ? 'billing.closed' : 'billing.open')}</Tag>}<MonthPicker value={month} onChange={setMonth} /></Space>}>
      {value?.scoped && <Alert type="info" showIcon message={t('billing.scopedHint')} style={{ marginBottom: 12 }} />}
      {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <Table
        rowKey="providerId"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={value?.settlements ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('billing.settlements.empty') }}
        data-testid="settlements"
        summary={() =>
          value && value.settlements.length > 0 ? (
            <Table.Summary.Row data-testid="settlements-totals">
              <Table.Summary.Cell index={0}><Typography.Text strong>{t('billing.report.grandTotal')}</Typography.Text></Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">{value.totals.orders}</Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">{value.totals.lines}</Table.Summary.Cell>
              {MONEY.map((key, i) => <Table.Summary.Cell key={key} index={3 + i} align="right"><Typography.Text strong>{formatYuan(value.totals[key])}</Typography.Text></Table.Summary.Cell>)}
              <Table.Summary.Cell index={7} colSpan={2} />
            </Table.Summary.Row>
          ) : null
        }
      />
      <SettlementDrawer key={`${open?.providerId ?? ''}:${month}`} row={open} month={month} onClose={() => setOpen(null)} />
    </Card>
  );
}

function SettlementDrawer({ row, month, onClose }: { row: SettlementRow | null; month: string; onClose: () => void }) {
  const { t } = useTranslation();
  const providerId = row?.providerId;
  // Keyed by provider and month, so a new one starts at its first page.
  const [{ page, pageSize }, setPaging] = useState({ page: 1, pageSize: 50 });
  const { value, error, loading } = useLoaded(useCallback((signal: AbortSignal) => (providerId ? getSettlement(providerId, month, page, pageSize, signal) : Promise.resolve(null)), [providerId, month, page, pageSize]));
  return (
    <Drawer open={row !== null} onClose={onClose} width={960} title={row ? t('billing.settlements.detailTitle', { provider: row.providerName, month }) : ''} destroyOnHidden extra={row && <Button icon={<DownloadOutlined />} href={settlementXlsxUrl(row.providerId, month)} download>{t('billing.exportExcel')}</Button>}>
      {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <SettlementLines lines={value?.lines ?? []} loading={loading} paging={{ page, pageSize, total: value?.total ?? 0, onChange: (p, size) => setPaging({ page: size === pageSize ? p : 1, pageSize: size }) }} />
    </Drawer>
  );
}
