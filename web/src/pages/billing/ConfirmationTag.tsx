import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SettlementRow } from '../../api/billing-admin';
import { formatDateTime } from '../../components/dateTime';

/** 已确认 · the signer · when, or 未确认. */
export function ConfirmationTag({ confirmation }: { confirmation: SettlementRow['confirmation'] }) {
  const { t } = useTranslation();
  if (!confirmation) return <Tag>{t('billing.settlements.unconfirmed')}</Tag>;
  return (
    <Tag color="green" data-testid="settlement-confirmed" style={{ whiteSpace: 'normal' }}>
      {t('billing.settlements.confirmedBy', { name: confirmation.signatureName, time: formatDateTime(confirmation.confirmedAt) })}
    </Tag>
  );
}
