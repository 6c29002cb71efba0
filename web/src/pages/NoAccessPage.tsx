import { useTranslation } from 'react-i18next';
import { BackToStart } from './NotFoundPage';

/** Shown instead of a page the user's roles may not open (reached by its address): no page of 403s. */
export function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="no-access">
      <BackToStart status="403" title={t('noAccess.title')} subtitle={t('noAccess.subtitle')} />
    </div>
  );
}
