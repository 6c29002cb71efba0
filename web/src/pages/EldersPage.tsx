import { useTranslation } from 'react-i18next';
import { ComingSoon } from './ComingSoon';

/** Elder files page (placeholder until the feature lands). */
export function EldersPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('menu.elders')} />;
}
