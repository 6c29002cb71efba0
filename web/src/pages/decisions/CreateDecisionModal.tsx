import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blankDecisionTable } from '@careflow/modeler/src/dmn/template';
import { createDecision, DecisionRefused } from '../../api/decisions';
import { errorText } from '../../components/errorText';

type Values = { name: string; key: string };

/** 新建决策表: a name and a key make the smallest table (one condition, one result), saved as draft v1. */
export function CreateDecisionModal({ onClose, onCreated }: { onClose: () => void; onCreated: (key: string) => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async () => {
    const { name, key } = await form.validateFields();
    setBusy(true);
    try {
      const xml = blankDecisionTable(key, name, { input: t('decisions.create.input'), output: t('decisions.create.output') });
      onCreated((await createDecision(xml)).key);
    } catch (err) {
      const en = i18n.language === 'en';
      setError(err instanceof DecisionRefused && err.problems.length > 0 ? err.problems.map((p) => (en && p.messageEn ? p.messageEn : p.message)).join('；') : errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={t('decisions.create.title')} okText={t('decisions.create.ok')} cancelText={t('common.cancel')} confirmLoading={busy} onOk={() => void submit()} onCancel={onClose}>
      <Form form={form} layout="vertical" data-testid="decision-create-form">
        <Form.Item name="name" label={t('decisions.create.name')} rules={[{ required: true, message: t('common.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="key" label={t('decisions.create.key')} extra={t('decisions.create.keyHint')} rules={[{ required: true, message: t('common.required') }, { pattern: /^[A-Za-z][\w-]{0,63}$/, message: t('decisions.create.keyInvalid') }]}>
          <Input maxLength={64} />
        </Form.Item>
        {error && <div role="alert" style={{ color: '#cf1322' }}>{error}</div>}
      </Form>
    </Modal>
  );
}
