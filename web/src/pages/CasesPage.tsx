import { useTranslation } from 'react-i18next';
import { ComingSoon } from './ComingSoon';

/** Cases page (placeholder until the feature lands). */
export function CasesPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('menu.cases')} />;
}
