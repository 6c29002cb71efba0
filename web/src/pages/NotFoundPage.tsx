import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/useAuth';
import { usePageTitle } from '../hooks/usePageTitle';
import { landingPath } from '../layout/navigation';

/** A page the shell cannot show, with the way back to the user's own start page. */
export function BackToStart({ status, title, subtitle }: { status: '403' | '404'; title: string; subtitle: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useAuth();
  usePageTitle(title);
  return (
    <Result
      status={status}
      title={title}
      subTitle={subtitle}
      extra={
        <Button type="primary" onClick={() => navigate(landingPath(user?.roles ?? []))}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}

/** Shown for unknown paths inside the signed-in shell. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return <BackToStart status="404" title={t('notFound.title')} subtitle={t('notFound.subtitle')} />;
}
