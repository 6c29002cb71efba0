import { useTranslation } from 'react-i18next';
import { ComingSoon } from './ComingSoon';

/** Statistics and reports page (placeholder until the feature lands). */
export function ReportsPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('menu.reports')} />;
}
