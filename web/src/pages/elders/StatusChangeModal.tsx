import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeElderStatus } from '../../api/elders';
import { ELDER_STATUSES, type ElderStatus } from '../../api/registry-types';
import { errorText } from '../../components/errorText';

interface StatusChangeModalProps {
  elderId: string;
  current: ElderStatus;
  open: boolean;
  onClose: () => void;
  onChanged: () => void;
}

/** Records a status change (moved away, deceased, back to active) with a note on why. */
export function StatusChangeModal({ elderId, current, open, onClose, onChanged }: StatusChangeModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ status: ElderStatus; note: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      await changeElderStatus(elderId, values.status, values.note?.trim() ?? '');
      form.resetFields();
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={t('elders.changeStatus')} okText={t('common.save')} confirmLoading={saving} onOk={() => void submit().catch(() => undefined)} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" name="elderStatus">
        <Form.Item name="status" label={t('elders.fields.status')} rules={[{ required: true, message: t('common.required') }]}>
          <Select options={ELDER_STATUSES.filter((s) => s !== current).map((s) => ({ value: s, label: t(`elders.status.${s}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('elders.history.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={3} placeholder={t('elders.statusNotePlaceholder')} />
        </Form.Item>
      </Form>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
    </Modal>
  );
}
