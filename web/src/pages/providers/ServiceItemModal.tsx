import { Alert, Col, Form, Input, InputNumber, Modal, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { createServiceItem, updateServiceItem } from '../../api/providers';
import type { ServiceItem, ServiceItemInput } from '../../api/provider-types';
import { DictSelect } from '../../components/DictSelect';
import { errorText } from '../../components/errorText';
import { fenToYuan, yuanToFen } from './money';
import { useFormSave } from '../../hooks/useFormSave';

type ItemValues = Omit<ServiceItem, 'defaultPrice' | 'minPrice' | 'maxPrice'> & { defaultPrice: number; minPrice: number; maxPrice: number };
const PRICES = ['defaultPrice', 'minPrice', 'maxPrice'] as const;

/** Adds (item null) or changes a service item; prices are typed in yuan and sent in fen. */
export function ServiceItemModal({ item, onClose, onSaved }: { item: ServiceItem | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ItemValues>();
  const { saving, error, save } = useFormSave(form);
  const initial = item ? { ...item, ...Object.fromEntries(PRICES.map((p) => [p, fenToYuan(item[p])])) } : { active: true };

  const submit = (v: ItemValues) =>
    save(async () => {
      const body: ServiceItemInput = { code: v.code.trim(), name: v.name.trim(), category: v.category, unit: v.unit.trim(), active: v.active, defaultPrice: yuanToFen(v.defaultPrice), minPrice: yuanToFen(v.minPrice), maxPrice: yuanToFen(v.maxPrice) };
      if (item) {
        const { code: _code, ...changes } = body;
        await updateServiceItem(item.code, changes);
      } else await createServiceItem(body);
      onSaved();
    });

  const required = { required: true, message: t('common.required') };
  const price = (name: (typeof PRICES)[number]) => (
    <Col span={8}>
      <Form.Item name={name} label={t(`providers.items.${name}`)} rules={[required]}>
        <InputNumber min={0} step={0.01} precision={2} addonAfter={t('providers.yuan')} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
  return (
    <Modal open title={item ? t('providers.items.editTitle', { name: item.name }) : t('providers.items.add')} okText={t('common.save')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose}>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Form<ItemValues> form={form} name="serviceItem" layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="code" label={t('providers.items.code')} rules={[required, { pattern: /^[a-z][a-z0-9_]{0,63}$/, message: t('admin.dictionaries.codeFormat') }]}>
              <Input disabled={!!item} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="name" label={t('providers.items.name')} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="category" label={t('providers.items.category')} rules={[required]}>
              <DictSelect dict="service_category" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="unit" label={t('providers.items.unit')} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={16} placeholder={t('providers.items.unitHint')} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="active" label={t('providers.items.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          {price('defaultPrice')}
          {price('minPrice')}
          {price('maxPrice')}
        </Row>
      </Form>
    </Modal>
  );
}
