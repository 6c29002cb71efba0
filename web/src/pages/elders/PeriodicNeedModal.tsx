import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPeriodicNeed, type PeriodicNeedInput } from '../../api/periodic-needs';
import type { ServiceItem } from '../../api/provider-types';
import { listServiceItems } from '../../api/providers';
import { errorText } from '../../components/errorText';
import { ScheduleFields, scheduleOf, type ScheduleValues, windowOf } from '../../components/plans/ScheduleFields';
import { useFormSave } from '../../hooks/useFormSave';

type Values = ScheduleValues & {
  items: { code: string; quantity: number }[];
  kind: 'weekly' | 'monthly' | 'every';
  leadDays: number;
  startsOn: Dayjs;
  serviceAddress?: string;
  accessNotes?: string;
};

function bodyOf(elderId: string, v: Values): PeriodicNeedInput {
  return {
    elderId,
    items: v.items,
    schedule: scheduleOf(v) as PeriodicNeedInput['schedule'],
    ...windowOf(v),
    holidays: v.holidays,
    leadDays: v.leadDays,
    startsOn: v.startsOn.format('YYYY-MM-DD'),
    endsOn: v.endsOn ? v.endsOn.format('YYYY-MM-DD') : null,
    serviceAddress: v.serviceAddress ?? '',
    accessNotes: v.accessNotes ?? '',
  };
}

/** Records an elder's standing household plan: the items, when they fall, and how holidays move them. */
export function PeriodicNeedModal({ elderId, onClose, onSaved }: { elderId: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, error, save } = useFormSave(form);
  const [catalogue, setCatalogue] = useState<ServiceItem[]>([]);
  useEffect(() => void listServiceItems().then((items) => setCatalogue(items.filter((i) => i.active)), () => setCatalogue([])), []);

  const required = { required: true, message: t('periodicNeeds.required') };
  const initial: Partial<Values> = { items: [{ code: '', quantity: 1 }], kind: 'weekly', weekdays: [], day: 1, days: 7, window: [dayjs('09:00', 'HH:mm'), dayjs('11:00', 'HH:mm')], holidays: 'shift', leadDays: 1, startsOn: dayjs() };
  return (
    <Modal open width={640} title={t('periodicNeeds.add')} okText={t('common.save')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose}>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} name="periodicNeed" layout="vertical" initialValues={initial} onFinish={(v) => void save(async () => (await createPeriodicNeed(bodyOf(elderId, v)), onSaved()))}>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <Form.Item label={t('periodicNeeds.fields.items')} required>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'code']} rules={[required]}>
                    <Select style={{ width: 220 }} options={catalogue.map((i) => ({ value: i.code, label: `${i.name}（${i.unit}）` }))} aria-label={t('periodicNeeds.fields.items')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'quantity']} rules={[required]}>
                    <InputNumber min={1} max={99} precision={0} aria-label={t('periodicNeeds.fields.quantity')} />
                  </Form.Item>
                  {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(field.name)} />}
                </Space>
              ))}
              {fields.length < 10 && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ code: '', quantity: 1 })}>
                  {t('periodicNeeds.fields.items')}
                </Button>
              )}
            </Form.Item>
          )}
        </Form.List>
        <ScheduleFields kinds={['weekly', 'monthly', 'every']} windowLabel={t('periodicNeeds.fields.window')} />
        <Form.Item name="leadDays" label={t('periodicNeeds.fields.leadDays')} rules={[required]}>
          <InputNumber min={0} max={7} precision={0} />
        </Form.Item>
        <Form.Item name="serviceAddress" label={t('periodicNeeds.fields.serviceAddress')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="accessNotes" label={t('periodicNeeds.fields.accessNotes')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
