import { ACCESS } from '@careflow/contracts';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { AlertRules } from './AlertRules';
import { TabbedPage } from '../../components/TabbedPage';
import { CallReport } from './CallReport';
import { CaseReport } from './CaseReport';
import { Definitions } from './Definitions';
import { ElderReport } from './ElderReport';
import { EmergencyReport } from './EmergencyReport';
import { MonthlyReports } from './MonthlyReports';
import { ProviderReport } from './ProviderReport';
import { SatisfactionReport } from './SatisfactionReport';

/** 统计报表: the hotline's figures by the national standard, each with its definition. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <TabbedPage
      title={t('menu.reports')}
      card={false}
      tabs={[
        { key: 'calls', label: t('reports.tabs.calls'), children: <CallReport /> },
        { key: 'cases', label: t('reports.tabs.cases'), children: <CaseReport /> },
        { key: 'emergency', label: t('reports.tabs.emergency'), children: <EmergencyReport /> },
        { key: 'satisfaction', label: t('reports.tabs.satisfaction'), children: <SatisfactionReport /> },
        { key: 'providers', label: t('reports.tabs.providers'), children: <ProviderReport /> },
        { key: 'elders', label: t('reports.tabs.elders'), children: <ElderReport /> },
        { key: 'monthly', label: t('reports.tabs.monthly'), children: <MonthlyReports /> },
        ...(hasRole(user, ACCESS.alerts.manage) ? [{ key: 'alerts', label: t('reports.tabs.alerts'), children: <AlertRules /> }] : []),
        { key: 'definitions', label: t('reports.tabs.definitions'), children: <Definitions /> },
      ]}
    />
  );
}
