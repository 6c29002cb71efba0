import { useTranslation } from 'react-i18next';
import { ComingSoon } from './ComingSoon';

/** Process design studio page (placeholder until the feature lands). */
export function ProcessesPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('menu.processes')} />;
}
