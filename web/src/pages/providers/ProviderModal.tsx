import { Alert, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { createProvider, updateProvider } from '../../api/providers';
import { PROVIDER_NATURES, PROVIDER_STATUSES, type Provider } from '../../api/provider-types';
import { usePermissions } from '../../auth/roles';
import { AreaTreeSelect } from '../../components/AreaTreeSelect';
import { errorText } from '../../components/errorText';
import { ProviderItemsEditor } from './ProviderItemsEditor';
import { changedFields, NEW_PROVIDER, toProviderInput, toProviderValues, type ProviderFormValues } from './providerFormValues';
import { useFormSave } from '../../hooks/useFormSave';

/** Registers a provider (null) or edits one; a provider's own admin edits only the contact and prices. */
export function ProviderModal({ provider, onClose, onSaved }: { provider: Provider | null; onClose: () => void; onSaved: (p: Provider) => void }) {
  const { t } = useTranslation();
  const { manageProviders } = usePermissions();
  const [form] = Form.useForm<ProviderFormValues>();
  const { saving, error, save } = useFormSave(form);
  const locked = !manageProviders;
  const required = { required: true, whitespace: true, message: t('common.required') };
  const DATE = { pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('common.dateFormat') };

  const submit = (values: ProviderFormValues) =>
    save(async () => {
      const input = toProviderInput(values);
      const changes = provider ? changedFields(provider, input) : input;
      const saved = provider ? (Object.keys(changes).length ? await updateProvider(provider.id, changes) : provider) : await createProvider(input);
      onSaved(saved);
    });

  const field = (name: keyof ProviderFormValues, label: string, input: React.ReactNode, rules: object[] = [required], span = 12) => (
    <Col xs={24} md={span}>
      <Form.Item name={name} label={label} rules={rules}>
        {input}
      </Form.Item>
    </Col>
  );
  return (
    <Modal open width={820} title={provider ? t('providers.editTitle', { name: provider.name }) : t('providers.new')} okText={t('common.save')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose}>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Form<ProviderFormValues> form={form} name="provider" layout="vertical" initialValues={provider ? toProviderValues(provider) : NEW_PROVIDER} onFinish={(v) => void submit(v)}>
        <Row gutter={16}>
          {field('name', t('providers.fields.name'), <Input disabled={locked} maxLength={200} />)}
          {field('creditCode', t('providers.fields.creditCode'), <Input disabled={locked} maxLength={18} />)}
          {field('nature', t('providers.fields.nature'), <Select disabled={locked} options={PROVIDER_NATURES.map((n) => ({ value: n, label: t(`providers.nature.${n}`) }))} />, [], 6)}
          {field('status', t('providers.fields.status'), <Select disabled={locked} options={PROVIDER_STATUSES.map((s) => ({ value: s, label: t(`providers.status.${s}`) }))} />, [], 6)}
          {field('address', t('providers.fields.address'), <Input disabled={locked} maxLength={255} />)}
          {field('contactName', t('providers.fields.contactName'), <Input maxLength={64} />, [required], 6)}
          {field('contactPhone', t('providers.fields.contactPhone'), <Input maxLength={32} inputMode="tel" />, [required], 6)}
          {field('contractFrom', t('providers.fields.contractFrom'), <Input disabled={locked} placeholder="YYYY-MM-DD" />, [required, DATE], 6)}
          {field('contractTo', t('providers.fields.contractTo'), <Input disabled={locked} placeholder="YYYY-MM-DD" />, [required, DATE], 6)}
          {field('capacity', t('providers.fields.capacity'), <InputNumber disabled={locked} min={1} max={100000} precision={0} style={{ width: '100%' }} />, [{ required: true, message: t('common.required') }], 6)}
          {field('areas', t('providers.fields.areas'), <AreaTreeSelect multiple disabled={locked} treeCheckable={false} />, [{ required: true, message: t('common.required') }], 18)}
          <Col span={24}>
            <Form.Item label={t('providers.fields.items')}>
              <ProviderItemsEditor pricesOnly={locked} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
