import { useTranslation } from 'react-i18next';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { TabbedPage } from '../../components/TabbedPage';
import { CallLog } from './CallLog';
import { MissedCalls } from './MissedCalls';

/** Who calls back: the operators (the engine's missed-call routes); auditors read the log only. */
const OPERATORS = ['admin', 'supervisor', 'agent'];

/** 通话记录: every call with its recording, and 未接来电 awaiting a callback. */
export function CallsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const operator = hasRole(user, OPERATORS);
  return (
    <TabbedPage
      title={t('menu.calls')}
      tabs={[
        { key: 'log', label: t('calls.tabs.log'), children: <CallLog /> },
        ...(operator ? [{ key: 'missed', label: <span data-testid="tab-missed">{t('calls.tabs.missed')}</span>, children: <MissedCalls /> }] : []),
      ]}
    />
  );
}
