import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actOnCase, caseHandlers, superviseCase, type CaseAction, type CaseRow } from '../../api/cases';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { errorText } from '../../components/errorText';
import { CancelTermsNotice } from './CancelTermsNotice';

const FIELD: Record<CaseAction, 'cases.action.urgeText' | 'cases.action.superviseText' | 'cases.action.cancelReason'> = {
  urge: 'cases.action.urgeText',
  supervise: 'cases.action.superviseText',
  cancel: 'cases.action.cancelReason',
};
type Values = { text: string; responsibleId?: string; deadline?: string };

/** A local date-time input's value (YYYY-MM-DDTHH:mm) a day from now: the usual 督办 deadline. */
const tomorrow = () => {
  const d = new Date(Date.now() + 24 * 3600_000 - new Date().getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
};

/** 催办 (agents up), 督办 with a responsible person and deadline, and 取消 (supervisors), each in a modal. */
export function CaseActions({ found, onDone }: { found: CaseRow; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const [open, setOpen] = useState<CaseAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [handlers, setHandlers] = useState<{ id: string; displayName: string }[] | null>(null);
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (open !== 'supervise') return;
    setHandlers(null);
    caseHandlers(found.id).then(setHandlers, () => setHandlers([]));
  }, [open, found.id]);
  if (found.status !== 'open') return null;
  const supervisor = hasRole(user, ['admin', 'supervisor']);
  const worker = hasRole(user, ['admin', 'supervisor', 'agent']);

  const submit = async ({ text, responsibleId, deadline }: Values) => {
    if (!open) return;
    setBusy(true);
    try {
      if (open === 'supervise') await superviseCase(found.id, { text: text.trim(), responsibleId: responsibleId ?? '', deadline: new Date(deadline ?? '').toISOString() });
      else await actOnCase(found.id, open, text.trim());
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
  const required = { required: true, whitespace: true, message: t('common.required') };

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
        {open === 'cancel' && <CancelTermsNotice caseId={found.id} />}
        <Form form={form} layout="vertical" onFinish={submit} preserve={false} initialValues={{ deadline: tomorrow() }}>
          {open === 'supervise' && (
            <>
              <Form.Item name="responsibleId" label={t('cases.action.responsible')} rules={[required]}>
                <Select
                  id="case-action-responsible"
                  showSearch
                  optionFilterProp="label"
                  loading={handlers === null}
                  options={(handlers ?? []).map((h) => ({ value: h.id, label: h.displayName }))}
                />
              </Form.Item>
              <Form.Item name="deadline" label={t('cases.action.deadline')} rules={[required]}>
                <Input type="datetime-local" id="case-action-deadline" />
              </Form.Item>
            </>
          )}
          <Form.Item name="text" label={open ? t(FIELD[open]) : ''} rules={[required]}>
            <Input.TextArea rows={3} maxLength={open === 'cancel' ? 500 : 2000} id="case-action-text" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
