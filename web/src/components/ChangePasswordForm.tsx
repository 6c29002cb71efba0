import { Alert, Button, Flex, Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../api/auth';
import { useFormSave } from '../hooks/useFormSave';
import { errorText } from './errorText';
import { PasswordConfirmItem } from './PasswordConfirmItem';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Current password, a new one under the password rules (shown), typed twice; server problems land on their fields. */
export function ChangePasswordForm({ onChanged, submitLabel, extra }: { onChanged: () => Promise<void> | void; submitLabel: string; extra?: ReactNode }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, error, save } = useFormSave(form);
  const submit = (values: Values) =>
    save(async () => {
      await changePassword(values.currentPassword, values.newPassword);
      form.resetFields();
      await onChanged();
    });
  const required = { required: true, message: t('common.required') };
  return (
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
          {submitLabel}
        </Button>
        {extra}
      </Flex>
    </Form>
  );
}
