import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actOnCase, type CaseAction, type CaseRow } from '../../api/cases';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { errorText } from '../../components/errorText';

const FIELD: Record<CaseAction, 'cases.action.urgeText' | 'cases.action.superviseText' | 'cases.action.cancelReason'> = {
  urge: 'cases.action.urgeText',
  supervise: 'cases.action.superviseText',
  cancel: 'cases.action.cancelReason',
};

/** 催办 (agents up), 督办 and 取消 (supervisors), each asking its text in a modal. */
export function CaseActions({ found, onDone }: { found: CaseRow; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const [open, setOpen] = useState<CaseAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ text: string }>();
  if (found.status !== 'open') return null;
  const supervisor = hasRole(user, ['admin', 'supervisor']);
  const worker = hasRole(user, ['admin', 'supervisor', 'agent']);

  const submit = async ({ text }: { text: string }) => {
    if (!open) return;
    setBusy(true);
    try {
      await actOnCase(found.id, open, text.trim());
      void message.success(t('cases.action.done'));
      setOpen(null);
      form.resetFields();
      onDone();
    } catch (err) {
      void message.error(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };
  const button = (action: CaseAction, label: string, danger = false) => (
    <Button danger={danger} onClick={() => setOpen(action)} data-testid={`case-${action}`}>{label}</Button>
  );

  return (
    <>
      <Space>
        {worker && button('urge', t('cases.action.urge'))}
        {supervisor && button('supervise', t('cases.action.supervise'))}
        {supervisor && button('cancel', t('cases.action.cancel'), true)}
      </Space>
      <Modal
        open={open !== null}
        title={open ? t(`cases.action.${open}`) : ''}
        onCancel={() => setOpen(null)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        okButtonProps={{ danger: open === 'cancel', id: 'case-action-ok' }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Form.Item name="text" label={open ? t(FIELD[open]) : ''} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input.TextArea rows={3} maxLength={open === 'cancel' ? 500 : 2000} id="case-action-text" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
