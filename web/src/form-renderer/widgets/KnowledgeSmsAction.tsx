import { MessageOutlined } from '@ant-design/icons';
import { App, AutoComplete, Button, Popover, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { textArticle } from '../../api/knowledge-use';
import { errorText } from '../../components/errorText';
import { parsePhone } from '../shared';

interface Props {
  caseId: string;
  articleId: string;
  /** The caller's mobiles, the likeliest first: the first is filled in, the others offered. */
  phones: string[];
  onSent: () => void;
}

/** 短信发送: one small step to confirm (or correct) the caller's mobile, then the short answer goes out. */
export function KnowledgeSmsAction({ caseId, articleId, phones, onSent }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [phone, setPhone] = useState(phones[0] ?? '');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const send = async () => {
    const mobile = parsePhone(phone);
    if (mobile?.kind !== 'mobile') return setProblem(t('forms.widgets.knowledge.smsBadPhone'));
    setBusy(true);
    setProblem(undefined);
    try {
      const sent = await textArticle(caseId, articleId, mobile.number);
      void (sent.repeated ? message.info(t('forms.widgets.knowledge.smsRepeated')) : message.success(t('forms.widgets.knowledge.smsQueued', { phone: sent.message.recipient })));
      setOpen(false);
      onSent();
    } catch (err) {
      // The hourly limit is the caller's phone, not a fault: said plainly.
      setProblem(err instanceof ApiError && err.code === 'sms_rate_limited' ? t('forms.widgets.knowledge.rateLimited') : errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  const content = (
    <Space direction="vertical" style={{ width: 240 }} data-testid="knowledge-sms-form">
      <Typography.Text>{t('forms.widgets.knowledge.smsTitle')}</Typography.Text>
      <AutoComplete
        value={phone}
        onChange={(v: string) => (setPhone(v), setProblem(undefined))}
        options={phones.map((p) => ({ value: p }))}
        placeholder={t('forms.widgets.knowledge.smsPhone')}
        style={{ width: '100%' }}
        status={problem ? 'error' : undefined}
        data-testid="knowledge-sms-phone"
      />
      {problem && <Typography.Text type="danger" data-testid="knowledge-sms-problem">{problem}</Typography.Text>}
      <Button type="primary" size="small" loading={busy} onClick={() => void send()} data-testid="knowledge-sms-send">
        {t('forms.widgets.knowledge.smsSend')}
      </Button>
    </Space>
  );
  return (
    <Popover trigger="click" open={open} onOpenChange={(next) => (setOpen(next), next && setPhone((p) => p || phones[0] || ''))} content={content}>
      <Button size="small" icon={<MessageOutlined />} data-testid="knowledge-sms">{t('forms.widgets.knowledge.sms')}</Button>
    </Popover>
  );
}
