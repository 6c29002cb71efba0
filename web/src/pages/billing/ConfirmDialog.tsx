import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { confirmSettlement } from '../../api/billing-admin';
import { errorText } from '../../components/errorText';
import { useFormSave } from '../../hooks/useFormSave';

interface ConfirmDialogProps {
  providerId: string;
  month: string;
  open: boolean;
  onClose: () => void;
  onConfirmed: () => void;
}

/** 确认结算: the provider's admin signs the closed month with their name. */
export function ConfirmDialog({ providerId, month, open, onClose, onConfirmed }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ signatureName: string }>();
  const { saving, error, save } = useFormSave(form);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    await save(async () => {
      await confirmSettlement(providerId, month, values.signatureName.trim());
      onConfirmed();
    });
  };

  return (
    <Modal
      open={open}
      title={t('billing.settlements.confirmTitle', { month })}
      okText={t('billing.settlements.confirm')}
      okButtonProps={{ loading: saving, size: 'large', id: 'settlement-confirm-ok' }}
      cancelButtonProps={{ size: 'large' }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('billing.settlements.confirmHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <Form.Item name="signatureName" label={t('billing.settlements.signatureName')} rules={[{ required: true, whitespace: true, message: t('billing.settlements.signatureRequired') }]}>
          <Input id="settlement-signature" size="large" maxLength={50} autoComplete="name" />
        </Form.Item>
      </Form>
      {error !== null && <Alert type="error" showIcon message={errorText(error, t)} />}
    </Modal>
  );
}
