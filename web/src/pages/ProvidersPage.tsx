import { useTranslation } from 'react-i18next';
import { ComingSoon } from './ComingSoon';

/** Providers page (placeholder until the feature lands). */
export function ProvidersPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('menu.providers')} />;
}
