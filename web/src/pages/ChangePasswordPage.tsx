import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/useAuth';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { usePageTitle } from '../hooks/usePageTitle';

/** Shown instead of every page while the user's password is one an admin chose. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { passwordChanged, logout } = useAuth();
  usePageTitle(t('changePassword.title'));
  return (
    <Flex vertical align="center" justify="center" className="login-page">
      <Card style={{ width: 440, maxWidth: 'calc(100vw - 32px)' }} data-testid="change-password">
        <Typography.Title level={4}>{t('changePassword.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('changePassword.hint')}</Typography.Paragraph>
        <ChangePasswordForm onChanged={passwordChanged} submitLabel={t('changePassword.submit')} extra={<Button onClick={() => void logout()}>{t('changePassword.logout')}</Button>} />
      </Card>
    </Flex>
  );
}
