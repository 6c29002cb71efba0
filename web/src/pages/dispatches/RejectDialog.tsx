import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rejectDispatch, type Dispatch } from '../../api/dispatches';
import { errorText } from '../../components/errorText';

interface RejectDialogProps {
  dispatch: Dispatch | null;
  onClose: () => void;
  onRejected: () => void;
}

/** Asks the provider why it cannot take the order; the reason goes to the waiting process. */
export function RejectDialog({ dispatch, onClose, onRejected }: RejectDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!dispatch) return;
    const { reason } = await form.validateFields();
    setSaving(true);
    try {
      await rejectDispatch(dispatch.id, reason.trim());
      form.resetFields();
      setError(null);
      onRejected();
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={dispatch !== null} title={t('dispatches.rejectTitle')} okText={t('dispatches.reject')} okButtonProps={{ danger: true, loading: saving }} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('dispatches.fields.reason')} rules={[{ required: true, whitespace: true, message: t('dispatches.reasonRequired') }]} validateStatus={error ? 'error' : undefined} help={error ?? undefined}>
          <Input.TextArea rows={3} maxLength={500} placeholder={t('dispatches.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
