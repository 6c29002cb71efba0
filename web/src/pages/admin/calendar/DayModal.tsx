import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { setCalendarDay, type CalendarDay, type DayKind } from '../../../api/calendar';
import { errorText } from '../../../components/errorText';
import { useFormSave } from '../../../hooks/useFormSave';

interface Values {
  date: string;
  kind: DayKind;
  name: string;
}

/** Marks one day: a public holiday, or a weekend day worked in exchange. A marked day's date stays. */
export function DayModal({ year, day, onClose, onSaved }: { year: number; day: CalendarDay | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, error, save } = useFormSave(form);
  const submit = (values: Values) =>
    save(async () => {
      await setCalendarDay(values.date.trim(), values.kind, values.name.trim());
      onSaved();
    });
  return (
    <Modal open title={day ? t('admin.calendar.editTitle', { date: day.date }) : t('admin.calendar.add')} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: saving }} destroyOnHidden data-testid="calendar-day-modal">
      <Form<Values> form={form} name="calendarDay" layout="vertical" initialValues={day ?? { date: `${year}-`, kind: 'holiday', name: '' }} onFinish={(v) => void submit(v)}>
        <Form.Item name="date" label={t('admin.calendar.date')} rules={[{ required: true, message: t('common.required') }, { pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('common.dateFormat') }]}>
          <Input disabled={!!day} placeholder={`${year}-10-01`} />
        </Form.Item>
        <Form.Item name="kind" label={t('admin.calendar.kind')}>
          <Radio.Group options={(['holiday', 'workday'] as const).map((kind) => ({ value: kind, label: t(`admin.calendar.kinds.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('admin.calendar.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 100 }]}>
          <Input placeholder={t('admin.calendar.namePlaceholder')} />
        </Form.Item>
        {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
      </Form>
    </Modal>
  );
}
