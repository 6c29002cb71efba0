import { useTranslation } from 'react-i18next';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { TabbedPage } from '../../components/TabbedPage';
import { SmsOutbox } from './SmsOutbox';
import { SmsTemplates } from './SmsTemplates';

/** 短信: the outbox with delivery status; templates for those who may read them (the engine's access). */
export function SmsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const showTemplates = hasRole(user, ['admin', 'supervisor', 'agent']);
  return (
    <TabbedPage
      title={t('menu.sms')}
      tabs={[
        { key: 'outbox', label: t('sms.tabs.outbox'), children: <SmsOutbox /> },
        ...(showTemplates ? [{ key: 'templates', label: t('sms.tabs.templates'), children: <SmsTemplates editable={hasRole(user, ['admin'])} /> }] : []),
      ]}
    />
  );
}
