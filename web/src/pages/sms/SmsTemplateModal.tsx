import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { createSmsTemplate, updateSmsTemplate, type SmsTemplate } from '../../api/sms';
import { errorText } from '../../components/errorText';
import { useFormSave } from '../../hooks/useFormSave';

type Values = Pick<SmsTemplate, 'key' | 'name' | 'content'>;

/** Creates (template null) or changes an SMS template; the server checks the placeholders. */
export function SmsTemplateModal({ template, onClose, onSaved }: { template: SmsTemplate | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, error, save } = useFormSave(form);

  const submit = (v: Values) =>
    save(async () => {
      if (template) await updateSmsTemplate(template.key, { name: v.name.trim(), content: v.content });
      else await createSmsTemplate({ key: v.key.trim(), name: v.name.trim(), content: v.content });
      onSaved();
    });

  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <Modal open title={template ? t('sms.templates.editTitle', { name: template.name }) : t('sms.templates.new')} okText={t('common.save')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose}>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} name="smsTemplate" layout="vertical" initialValues={template ?? {}} onFinish={(v) => void submit(v)}>
        <Form.Item name="key" label={t('sms.templates.key')} rules={[required, { pattern: /^[A-Za-z][\w.-]{0,63}$/, message: t('sms.templates.keyFormat') }]}>
          <Input disabled={!!template} />
        </Form.Item>
        <Form.Item name="name" label={t('sms.templates.name')} rules={[required]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="content" label={t('sms.templates.content')} rules={[required]} extra={t('sms.templates.contentHint', { open: '{{', close: '}}' })}>
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
