import { yuanFigure } from '@careflow/contracts';
import { Alert, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/errorText';
import { type CaseCancellationTerms, getCancellationTerms } from './cancellationTermsApi';

/**
 * In the cancel dialog: what canceling costs under the providers' terms. An order whose worker has
 * started costs its provider's fee ("取消将按服务商条款收取 X 元", with the terms in words); open
 * orders not yet started are canceled for free. Nothing shows for a case without open orders.
 */
export function CancelTermsNotice({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [terms, setTerms] = useState<CaseCancellationTerms | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => void getCancellationTerms(caseId).then(setTerms, setError), [caseId]);

  if (error) return <Alert type="warning" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />;
  if (!terms) return <Spin size="small" style={{ display: 'block', marginBottom: 16 }} />;
  if (terms.orders.length === 0) return null;
  if (terms.fee === 0) return <Alert type="info" showIcon message={t('cases.action.cancelFree')} style={{ marginBottom: 16 }} data-testid="cancel-free" />;
  const charged = terms.orders.filter((o) => o.fee > 0);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="cancel-fee-warning"
      message={t('cases.action.cancelFee', { amount: yuanFigure(terms.fee) })}
      description={charged.map((o) => (
        <div key={o.dispatchId}>
          {t('cases.action.cancelFeeOrder', { provider: o.providerName, item: o.serviceItemName, amount: yuanFigure(o.fee) })}
          {o.terms && <div>{t('cases.action.cancelTerms', { terms: o.terms })}</div>}
        </div>
      ))}
    />
  );
}
