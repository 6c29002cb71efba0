import { useTranslation } from 'react-i18next';
import { ComingSoon } from './ComingSoon';

/** System administration page (placeholder until the feature lands). */
export function AdminPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('menu.admin')} />;
}
