import { Col, DatePicker, Form, InputNumber, Radio, Row, Select, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

export type ScheduleKind = 'weekly' | 'monthly' | 'every' | 'birthday';

/** The form values the schedule fields own; a plan's modal adds its own. */
export interface ScheduleValues {
  kind: ScheduleKind;
  weekdays: number[];
  day: number;
  days: number;
  window: [Dayjs, Dayjs];
  holidays: 'shift' | 'skip';
  startsOn?: Dayjs;
  endsOn?: Dayjs | null;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The schedule a form's values name, as the contracts take it. */
export function scheduleOf(v: ScheduleValues) {
  if (v.kind === 'weekly') return { kind: v.kind, weekdays: v.weekdays };
  if (v.kind === 'monthly') return { kind: v.kind, day: v.day };
  if (v.kind === 'every') return { kind: v.kind, days: v.days };
  return { kind: v.kind };
}

export const windowOf = (v: ScheduleValues) => ({ windowFrom: v.window[0].format('HH:mm'), windowTo: v.window[1].format('HH:mm') });

/** When a plan falls (weekdays, a day of the month, every N days, the birthday), its time window, dates and holidays. */
export function ScheduleFields({ kinds, windowLabel, dates = true }: { kinds: readonly ScheduleKind[]; windowLabel: string; dates?: boolean }) {
  const { t } = useTranslation();
  const kind = Form.useWatch<ScheduleKind>('kind');
  const required = { required: true, message: t('periodicNeeds.required') };
  return (
    <>
      <Form.Item name="kind" label={t('periodicNeeds.fields.schedule')}>
        <Radio.Group optionType="button" options={kinds.map((k) => ({ value: k, label: t(`periodicNeeds.kind.${k}`) }))} />
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
          <Form.Item name="window" label={windowLabel} rules={[required]}>
            <TimePicker.RangePicker format="HH:mm" minuteStep={15} order />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="holidays" label={t('periodicNeeds.fields.holidays')}>
            <Radio.Group options={(['shift', 'skip'] as const).map((h) => ({ value: h, label: t(`periodicNeeds.holidays.${h}`) }))} />
          </Form.Item>
        </Col>
        {dates && (
          <>
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
          </>
        )}
      </Row>
    </>
  );
}

/** A schedule in words: 周一、周四 09:00–11:00. */
export function useScheduleText() {
  const { t } = useTranslation();
  return (s: { kind: ScheduleKind; weekdays?: number[]; day?: number; days?: number }, from: string, to: string) => {
    const when =
      s.kind === 'weekly'
        ? (s.weekdays ?? []).map((d) => t(`periodicNeeds.weekday.d${d as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)).join('、')
        : s.kind === 'monthly'
          ? t('periodicNeeds.monthDay', { day: s.day })
          : s.kind === 'every'
            ? t('periodicNeeds.everyDays', { days: s.days })
            : t('periodicNeeds.kind.birthday');
    return `${when} ${from}–${to}`;
  };
}
