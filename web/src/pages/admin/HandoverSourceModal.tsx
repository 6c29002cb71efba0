import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Select, Space, Switch } from 'antd';
import { HANDOVER_CHANNELS } from '@careflow/contracts';
import { useTranslation } from 'react-i18next';
import { createHandoverSource, updateHandoverSource, type HandoverSource } from '../../api/handovers';
import { errorText } from '../../components/errorText';
import { useFormSave } from '../../hooks/useFormSave';


interface Values {
  code: string;
  name: string;
  channel: (typeof HANDOVER_CHANNELS)[number];
  secret?: string;
  callbackUrl?: string;
  rows?: { category: string; serviceType: string }[];
  defaultServiceType: string;
  active: boolean;
}

/** A 转办件 source: its secret is written, never read back; the mapping is edited as rows. */
export function HandoverSourceModal({ source, serviceTypes, onClose, onSaved }: { source: HandoverSource | null; serviceTypes: { value: string; label: string }[]; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, error, save } = useFormSave(form);
  const initial: Partial<Values> = source
    ? { ...source, callbackUrl: source.callbackUrl ?? '', rows: Object.entries(source.mapping).map(([category, serviceType]) => ({ category, serviceType })) }
    : { channel: 'handover', active: true, rows: [] };
  const submit = (v: Values) =>
    save(async () => {
      const fields = {
        name: v.name.trim(),
        channel: v.channel,
        callbackUrl: v.callbackUrl?.trim() || null,
        mapping: Object.fromEntries((v.rows ?? []).map((r) => [r.category.trim(), r.serviceType])),
        defaultServiceType: v.defaultServiceType,
        active: v.active,
      };
      if (source) await updateHandoverSource(source.code, { ...fields, ...(v.secret ? { secret: v.secret } : {}) });
      else await createHandoverSource({ ...fields, code: v.code.trim(), secret: v.secret ?? '' });
      onSaved();
    });
  const required = { required: true, message: t('common.required') };
  return (
    <Modal open width={640} title={t(source ? 'handovers.edit' : 'handovers.new')} okText={t('common.save')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden okButtonProps={{ 'data-testid': 'handover-source-save' }}>
      <Form form={form} name="handover-source" layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)}>
        <Form.Item name="code" label={t('handovers.code')} extra={t('handovers.codeHint')} rules={[required, { pattern: /^[a-z0-9][a-z0-9-]{1,31}$/, message: t('handovers.codeFormat') }]}>
          <Input disabled={!!source} maxLength={32} />
        </Form.Item>
        <Form.Item name="name" label={t('handovers.name')} rules={[{ ...required, whitespace: true }, { max: 64 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="channel" label={t('handovers.channel')} rules={[required]}>
          <Select options={HANDOVER_CHANNELS.map((c) => ({ value: c, label: t(`handovers.channels.${c}`) }))} />
        </Form.Item>
        <Form.Item name="secret" label={t('handovers.secret')} extra={source ? t('handovers.secretKeep') : t('handovers.secretHint')} rules={[...(source ? [] : [required]), { min: 16, max: 128 }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="callbackUrl" label={t('handovers.callbackUrl')} extra={t('handovers.callbackHint')} rules={[{ type: 'url' }, { max: 500 }]}>
          <Input placeholder="https://" />
        </Form.Item>
        <Form.Item label={t('handovers.mapping')}>
          <Form.List name="rows">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                    <Form.Item name={[field.name, 'category']} rules={[{ ...required, whitespace: true }, { max: 64 }]}>
                      <Input placeholder={t('handovers.category')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'serviceType']} rules={[required]}>
                      <Select style={{ width: 220 }} placeholder={t('handovers.serviceType')} options={serviceTypes} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                  {t('handovers.addMapping')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="defaultServiceType" label={t('handovers.defaultServiceType')} extra={t('handovers.defaultHint')} rules={[required]}>
          <Select options={serviceTypes} />
        </Form.Item>
        <Form.Item name="active" label={t('handovers.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
    </Modal>
  );
}
