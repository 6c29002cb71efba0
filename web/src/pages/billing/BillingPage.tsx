import { ACCESS } from '@careflow/contracts';
import { Navigate, Route, Routes } from 'react-router-dom';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../hooks/usePageTitle';
import { NotFoundPage } from '../NotFoundPage';
import { BureauSettlements } from './BureauSettlements';
import { MonthsPage } from './MonthsPage';
import { ProviderSettlement } from './ProviderSettlement';
import { SubsidyReportPage } from './SubsidyReportPage';
import { SubsidyRulesPage } from './SubsidyRulesPage';

/** 结算: the bureau's table of providers, or a provider's own month (its users read no other). */
function SettlementsPage() {
  const { t } = useTranslation();
  usePageTitle(t('menu.settlements'));
  const { user } = useAuth();
  return hasRole(user, ACCESS.billing.read) ? <BureauSettlements /> : <ProviderSettlement />;
}

/** 收费结算: settlements, the subsidy report, month close and the subsidy rules; the menu gates each by role. */
export function BillingPage() {
  return (
    <Routes>
      <Route index element={<Navigate to="settlements" replace />} />
      <Route path="settlements" element={<SettlementsPage />} />
      <Route path="report" element={<SubsidyReportPage />} />
      <Route path="months" element={<MonthsPage />} />
      <Route path="rules" element={<SubsidyRulesPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
