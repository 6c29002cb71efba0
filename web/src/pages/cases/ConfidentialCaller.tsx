import { LockOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getConfidentialCaller, type CaseRow, type ConfidentialCaller as Caller } from '../../api/cases';
import { useAuth } from '../../auth/useAuth';
import { errorText } from '../../components/errorText';

/**
 * 来电人保密: a confidential case shows who called only on request, to the agent who took it and to auditors;
 * the engine audits each read, and the page says so before it asks.
 */
export function ConfidentialCaller({ found }: { found: CaseRow }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [caller, setCaller] = useState<Caller>();
  const [error, setError] = useState<string>();
  const mayRead = !!user && (user.id === found.openedBy || user.roles.includes('auditor'));
  const reveal = () => getConfidentialCaller(found.id).then(setCaller, (err: unknown) => setError(errorText(err, t)));
  return (
    <Space wrap data-testid="confidential-caller">
      <Tag icon={<LockOutlined />} color="purple">{t('cases.confidential.tag')}</Tag>
      {caller ? (
        <Typography.Text data-testid="confidential-caller-identity">{[caller.name, caller.phone].filter(Boolean).join(' · ') || '—'}</Typography.Text>
      ) : mayRead ? (
        <Button size="small" onClick={() => void reveal()} data-testid="confidential-caller-reveal">{t('cases.confidential.reveal')}</Button>
      ) : (
        <Typography.Text type="secondary">{t('cases.confidential.hidden')}</Typography.Text>
      )}
      {mayRead && !caller && <Typography.Text type="secondary">{t('cases.confidential.audited')}</Typography.Text>}
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Space>
  );
}
