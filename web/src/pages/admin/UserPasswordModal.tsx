import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { resetUserPassword, type ManagedUser } from '../../api/users';
import { errorText } from '../../components/errorText';
import { PasswordConfirmItem } from '../../components/PasswordConfirmItem';
import { useFormSave } from '../../hooks/useFormSave';

interface PasswordValues {
  password: string;
  confirm: string;
}

/** An admin sets a user's password (the user's sessions end, a locked account unlocks). */
export function UserPasswordModal({ user, onClose, onSaved }: { user: ManagedUser; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PasswordValues>();
  const { saving, error, save } = useFormSave(form);
  const submit = (values: PasswordValues) =>
    save(async () => {
      await resetUserPassword(user.id, values.password);
      onSaved();
    });
  return (
    <Modal open title={t('admin.users.resetTitle', { name: user.displayName })} okText={t('common.save')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden okButtonProps={{ 'data-testid': 'password-save' }}>
      <Typography.Paragraph type="secondary">{t('admin.users.resetHint')}</Typography.Paragraph>
      <Form<PasswordValues> form={form} name="resetPassword" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="password" label={t('admin.users.newPassword')} extra={t('admin.users.passwordRules')} rules={[{ required: true, message: t('common.required') }, { min: 8, message: t('admin.users.passwordMin') }, { max: 256 }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <PasswordConfirmItem of="password" label={t('admin.users.confirmPassword')} mismatch={t('admin.users.passwordMismatch')} />
      </Form>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
    </Modal>
  );
}
