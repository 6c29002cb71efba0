import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Radio, Row, Select, Space, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPeriodicNeed, type PeriodicNeedInput } from '../../api/periodic-needs';
import type { ServiceItem } from '../../api/provider-types';
import { listServiceItems } from '../../api/providers';
import { errorText } from '../../components/errorText';
import { useFormSave } from '../../hooks/useFormSave';

type Values = {
  items: { code: string; quantity: number }[];
  kind: 'weekly' | 'monthly' | 'every';
  weekdays: number[];
  day: number;
  days: number;
  window: [Dayjs, Dayjs];
  holidays: 'shift' | 'skip';
  leadDays: number;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
  serviceAddress?: string;
  accessNotes?: string;
};

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

function bodyOf(elderId: string, v: Values): PeriodicNeedInput {
  const schedule = v.kind === 'weekly' ? { kind: v.kind, weekdays: v.weekdays } : v.kind === 'monthly' ? { kind: v.kind, day: v.day } : { kind: v.kind, days: v.days };
  return {
    elderId,
    items: v.items,
    schedule,
    windowFrom: v.window[0].format('HH:mm'),
    windowTo: v.window[1].format('HH:mm'),
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
  const kind = Form.useWatch('kind', form);
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
        <Form.Item name="kind" label={t('periodicNeeds.fields.schedule')}>
          <Radio.Group optionType="button" options={(['weekly', 'monthly', 'every'] as const).map((k) => ({ value: k, label: t(`periodicNeeds.kind.${k}`) }))} />
        </Form.Item>
        {kind === 'weekly' && (
          <Form.Item name="weekdays" rules={[{ ...required, type: 'array', min: 1 }]}>
            <Select mode="multiple" options={WEEKDAYS.map((d) => ({ value: d, label: t(`periodicNeeds.weekday.d${d}`) }))} aria-label={t('periodicNeeds.kind.weekly')} />
          </Form.Item>
        )}
        {kind === 'monthly' && (
          <Form.Item name="day" label={t('periodicNeeds.day')} rules={[required]}>
            <InputNumber min={1} max={31} precision={0} />
          </Form.Item>
        )}
        {kind === 'every' && (
          <Form.Item name="days" label={t('periodicNeeds.days')} rules={[required]}>
            <InputNumber min={1} max={366} precision={0} />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="window" label={t('periodicNeeds.fields.window')} rules={[required]}>
              <TimePicker.RangePicker format="HH:mm" minuteStep={15} order />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="leadDays" label={t('periodicNeeds.fields.leadDays')} rules={[required]}>
              <InputNumber min={0} max={7} precision={0} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="startsOn" label={t('periodicNeeds.fields.startsOn')} rules={[required]}>
              <DatePicker />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="endsOn" label={t('periodicNeeds.fields.endsOn')}>
              <DatePicker />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="holidays" label={t('periodicNeeds.fields.holidays')}>
          <Radio.Group options={(['shift', 'skip'] as const).map((h) => ({ value: h, label: t(`periodicNeeds.holidays.${h}`) }))} />
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
