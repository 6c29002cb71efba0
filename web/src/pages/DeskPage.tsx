import { useTranslation } from 'react-i18next';
import { ComingSoon } from './ComingSoon';

/** Agent desk page (placeholder until the feature lands). */
export function DeskPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('menu.desk')} />;
}
