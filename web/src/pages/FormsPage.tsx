import { useTranslation } from 'react-i18next';
import { ComingSoon } from './ComingSoon';

/** Form design studio page (placeholder until the feature lands). */
export function FormsPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('menu.forms')} />;
}
