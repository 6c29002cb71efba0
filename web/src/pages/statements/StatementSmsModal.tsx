import { Alert, App, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Relative } from '../../api/registry-types';
import { sendStatementSms } from '../../api/statements';
import { errorText } from '../../components/errorText';
import { useDictionaries } from '../../hooks/useDictionaries';

type Props = { open: boolean; elderId: string; month: string; relatives: Relative[]; onClose: () => void };

const mobileOf = (r: Relative) => r.phones.find((p) => p.kind === 'mobile');

/** Picks the relative to text the month's summary to: the first in call order with a mobile, unless the agent chooses another. */
export function StatementSmsModal({ open, elderId, month, relatives, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const dict = useDictionaries();
  const ordered = [...relatives].sort((a, b) => a.callOrder - b.callOrder);
  const [picked, setPicked] = useState<string | undefined>(() => ordered.find(mobileOf)?.id);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const send = async () => {
    if (!picked) return;
    setSending(true);
    try {
      const { message: sent, repeated } = await sendStatementSms(elderId, { month, relativeId: picked });
      (repeated ? message.info : message.success)(t(repeated ? 'statements.repeated' : 'statements.sent', { recipient: `${sent.recipientName ?? ''} ${sent.recipient}`.trim() }));
      setError(null);
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setSending(false);
    }
  };

  const options = ordered.map((r) => {
    const mobile = mobileOf(r);
    return { value: r.id, disabled: !mobile, label: `${r.name}（${dict.label('relation_type', r.relation)}）${mobile ? mobile.number : t('statements.noMobile')}` };
  });
  return (
    <Modal open={open} title={t('statements.smsTitle')} okText={t('statements.send')} okButtonProps={{ disabled: !picked, loading: sending, id: 'statement-sms-send' }} onOk={() => void send()} onCancel={onClose} destroyOnHidden>
      {options.every((o) => o.disabled) ? (
        <Alert type="warning" showIcon message={t('statements.noRelative')} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('statements.smsHint', { month })}</Typography.Paragraph>
          <Select style={{ width: '100%' }} size="large" value={picked} onChange={setPicked} options={options} aria-label={t('statements.relative')} data-testid="statement-sms-relative" />
        </>
      )}
      {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
