import { Card, Flex, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { redirectTarget } from '../auth/redirect';
import { useAuth } from '../auth/useAuth';
import { usePageTitle } from '../hooks/usePageTitle';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { LoginForm, type LoginValues } from './LoginForm';

/** /login: signs the user in, then returns to the page they wanted. */
export function LoginPage() {
  const { t } = useTranslation();
  const { status, login } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const target = redirectTarget(location.state);
  usePageTitle(t('login.title'));

  const onSubmit = useCallback(
    async ({ username, password }: LoginValues) => {
      await login(username, password);
      navigate(target, { replace: true });
    },
    [login, navigate, target],
  );

  if (status === 'authenticated') return <Navigate to={target} replace />;

  return (
    <Flex vertical align="center" justify="center" className="login-page">
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: 400, maxWidth: 'calc(100vw - 32px)' }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('login.subtitle')}
        </Typography.Paragraph>
        <Typography.Title level={5} style={{ marginTop: 8 }}>
          {t('login.title')}
        </Typography.Title>
        <LoginForm onSubmit={onSubmit} />
      </Card>
    </Flex>
  );
}
