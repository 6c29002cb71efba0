import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../api/auth';
import { useAuth } from '../auth/useAuth';
import { errorText } from '../components/errorText';
import { PasswordConfirmItem } from '../components/PasswordConfirmItem';
import { useFormSave } from '../hooks/useFormSave';
import { usePageTitle } from '../hooks/usePageTitle';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Shown instead of every page while the user's password is one an admin chose. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { passwordChanged, logout } = useAuth();
  const [form] = Form.useForm<Values>();
  const { saving, error, save } = useFormSave(form);
  usePageTitle(t('changePassword.title'));
  const submit = (values: Values) =>
    save(async () => {
      await changePassword(values.currentPassword, values.newPassword);
      await passwordChanged();
    });
  const required = { required: true, message: t('common.required') };
  return (
    <Flex vertical align="center" justify="center" className="login-page">
      <Card style={{ width: 440, maxWidth: 'calc(100vw - 32px)' }} data-testid="change-password">
        <Typography.Title level={4}>{t('changePassword.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('changePassword.hint')}</Typography.Paragraph>
        <Form<Values> form={form} name="changePassword" layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
          <Form.Item name="currentPassword" label={t('changePassword.current')} rules={[required]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="newPassword" label={t('changePassword.next')} extra={t('admin.users.passwordRules')} rules={[required, { max: 256 }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <PasswordConfirmItem of="newPassword" label={t('changePassword.confirm')} mismatch={t('changePassword.mismatch')} />
          {!!error && (
            <Form.Item>
              <Alert type="error" showIcon message={errorText(error, t)} />
            </Form.Item>
          )}
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="change-password-save">
              {t('changePassword.submit')}
            </Button>
            <Button onClick={() => void logout()}>{t('changePassword.logout')}</Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
