import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** "Repeat the password": required, and equal to the password field `of`, else `mismatch`. */
export function PasswordConfirmItem({ of, label, mismatch }: { of: string; label: string; mismatch: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="confirm"
      label={label}
      dependencies={[of]}
      rules={[
        { required: true, message: t('common.required') },
        ({ getFieldValue }) => ({
          validator: (_, value) => (!value || value === getFieldValue(of) ? Promise.resolve() : Promise.reject(new Error(mismatch))),
        }),
      ]}
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}
