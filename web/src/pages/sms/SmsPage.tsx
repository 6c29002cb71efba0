import { Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { usePageTitle } from '../../hooks/usePageTitle';
import { SmsOutbox } from './SmsOutbox';
import { SmsTemplates } from './SmsTemplates';

const TABS = ['outbox', 'templates'] as const;

/** 短信: the outbox with delivery status; templates for those who may read them (the engine's access). */
export function SmsPage() {
  const { t } = useTranslation();
  usePageTitle(t('menu.sms'));
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const showTemplates = hasRole(user, ['admin', 'supervisor', 'agent']);
  const requested = params.get('tab');
  const active = TABS.find((tab) => tab === requested && (tab !== 'templates' || showTemplates)) ?? 'outbox';
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('menu.sms')}
      </Typography.Title>
      <Card>
        <Tabs
          activeKey={active}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'outbox', label: t('sms.tabs.outbox'), children: <SmsOutbox /> },
            ...(showTemplates ? [{ key: 'templates', label: t('sms.tabs.templates'), children: <SmsTemplates editable={hasRole(user, ['admin'])} /> }] : []),
          ]}
        />
      </Card>
    </>
  );
}
