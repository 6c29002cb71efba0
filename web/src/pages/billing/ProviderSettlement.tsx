import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Pagination, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getSettlement, settlementXlsxUrl, type SettlementLine } from '../../api/billing-admin';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { formatDate } from '../../components/dateTime';
import { errorText } from '../../components/errorText';
import { formatYuan } from '../providers/money';
import { ConfirmationTag } from './ConfirmationTag';
import { ConfirmDialog } from './ConfirmDialog';
import { MonthPicker, useMonthParam } from './MonthPicker';
import { useLoaded } from '../../hooks/useLoaded';

const big = { size: 'large' as const, block: true };
/** Lines per page on a phone: a page of cards, then the pager under them. */
const PAGE_SIZE = 20;

/** A provider's own month, laid out for a phone: the figures, 确认结算 once the month is closed, and its lines as cards. */
export function ProviderSettlement() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const providerId = user?.providerId ?? '';
  const [month, setMonth] = useMonthParam();
  const [page, setPage] = useState(1);
  useEffect(() => setPage(1), [month]);
  const { value, error, loading, reload } = useLoaded(useCallback((signal: AbortSignal) => getSettlement(providerId, month, page, PAGE_SIZE, signal), [providerId, month, page]));
  const [confirming, setConfirming] = useState(false);
  const s = value?.settlement;
  const mayConfirm = hasRole(user, ['provider_admin']);

  return (
    <Flex vertical gap={12} data-testid="provider-settlement">
      <Card size="small" title={t('billing.settlements.title')} extra={value && <Tag color={value.closed ? 'green' : undefined}>{t(value.closed ? 'billing.closed' : 'billing.open')}</Tag>}>
        <MonthPicker value={month} onChange={setMonth} block />
        {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginTop: 12 }} />}
        <Spin spinning={loading}>
          {s && (
            <Descriptions column={1} size="small" colon={false} style={{ marginTop: 12 }} labelStyle={{ width: 96 }} data-testid="settlement-figures">
              <Descriptions.Item label={t('billing.figures.orders')}>{s.orders}</Descriptions.Item>
              <Descriptions.Item label={t('billing.figures.lines')}>{s.lines}</Descriptions.Item>
              <Descriptions.Item label={t('billing.fields.amount')}>{formatYuan(s.amount)}</Descriptions.Item>
              <Descriptions.Item label={t('billing.fields.subsidy')}>{formatYuan(s.subsidy)}</Descriptions.Item>
              <Descriptions.Item label={t('billing.fields.elderShare')}>{formatYuan(s.elderShare)}</Descriptions.Item>
              <Descriptions.Item label={t('billing.figures.adjustments')}>{formatYuan(s.adjustments)}</Descriptions.Item>
              <Descriptions.Item label={t('billing.settlements.confirmation')}><ConfirmationTag confirmation={s.confirmation} /></Descriptions.Item>
            </Descriptions>
          )}
        </Spin>
        {s && !s.confirmation && mayConfirm && (value.closed ? (
          <Button {...big} type="primary" style={{ marginTop: 12 }} data-testid="settlement-confirm" onClick={() => setConfirming(true)}>{t('billing.settlements.confirm')}</Button>
        ) : (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>{t('billing.settlements.waitClose')}</Typography.Paragraph>
        ))}
        {s && <Button {...big} icon={<DownloadOutlined />} style={{ marginTop: 12 }} href={settlementXlsxUrl(providerId, month)} download>{t('billing.exportExcel')}</Button>}
      </Card>
      {value && value.lines.length === 0 && <Empty description={t('billing.settlements.empty')} />}
      {value?.lines.map((line) => <LineCard key={line.id} line={line} />)}
      {value && value.total > PAGE_SIZE && (
        <Flex justify="center"><Pagination simple size="default" current={page} pageSize={PAGE_SIZE} total={value.total} onChange={(p) => (setPage(p), window.scrollTo({ top: 0 }))} data-testid="settlement-pager" /></Flex>
      )}
      <ConfirmDialog providerId={providerId} month={month} open={confirming} onClose={() => setConfirming(false)} onConfirmed={() => (setConfirming(false), message.success(t('billing.settlements.confirmedToast')), reload())} />
    </Flex>
  );
}

function LineCard({ line }: { line: SettlementLine }) {
  const { t } = useTranslation();
  const adjustment = line.kind === 'adjustment';
  return (
    <Card size="small" title={<Flex justify="space-between" gap={8}><span>{line.itemName}{adjustment && <Tag color="gold" style={{ marginLeft: 8 }}>{t('billing.adjustment')}</Tag>}</span><span>{formatYuan(line.amount)}</span></Flex>}>
      <Typography.Text type="secondary">
        {formatDate(line.servedAt)} · {line.elderName}{adjustment ? '' : ` · ${line.quantity}${line.unit}`}
      </Typography.Text>
      <div>
        {t('billing.fields.subsidy')} {formatYuan(line.subsidy)} · {t('billing.fields.elderShare')} {formatYuan(line.elderShare)}
      </div>
      {line.reason && <Typography.Text type="secondary">{line.reason}</Typography.Text>}
    </Card>
  );
}
