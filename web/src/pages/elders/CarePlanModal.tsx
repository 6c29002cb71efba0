import { CARE_CHANNELS, CARE_KINDS, type CareChannel, type CareKind } from '@careflow/contracts';
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createCarePlan, type CarePlanInput } from '../../api/care-plans';
import { listGroups } from '../../api/process-design';
import { errorText } from '../../components/errorText';
import { ScheduleFields, scheduleOf, type ScheduleValues, windowOf } from '../../components/plans/ScheduleFields';
import { useFormSave } from '../../hooks/useFormSave';

/** What a plan and a rule ask beyond the schedule. */
export type CarePlanValues = ScheduleValues & { careKind: CareKind; channel: CareChannel; subject?: string; message?: string; ownerKind: 'group' | 'community_worker'; group: string };

export const CARE_PLAN_INITIAL: Partial<CarePlanValues> = {
  careKind: 'care_call',
  channel: 'robot',
  kind: 'weekly',
  weekdays: [],
  day: 1,
  days: 7,
  window: [dayjs('09:00', 'HH:mm'), dayjs('11:00', 'HH:mm')],
  holidays: 'shift',
  startsOn: dayjs(),
  ownerKind: 'group',
  group: 'hotline',
};

/** The fields of a plan or a rule, as the contracts take them (the elder or the filter apart). */
export function carePlanFieldsOf(v: CarePlanValues) {
  return {
    kind: v.careKind,
    channel: v.channel,
    schedule: scheduleOf(v) as CarePlanInput['schedule'],
    ...windowOf(v),
    holidays: v.holidays,
    subject: v.subject ?? '',
    message: v.message ?? '',
    owner: v.ownerKind === 'group' ? { kind: 'group' as const, group: v.group } : { kind: 'community_worker' as const },
  };
}

/** Kind, channel, schedule, message and owner: the form a plan and a rule share. */
export function CarePlanFields({ dates = true }: { dates?: boolean }) {
  const { t } = useTranslation();
  const ownerKind = Form.useWatch<string>('ownerKind');
  const [groups, setGroups] = useState<{ key: string; name: string }[]>([]);
  // Only some roles may list groups; the others keep 热线坐席 or the community worker.
  useEffect(() => void listGroups().then(setGroups, () => setGroups([])), []);
  return (
    <>
      <Form.Item name="careKind" label={t('care.fields.kind')}>
        <Select options={CARE_KINDS.map((k) => ({ value: k, label: t(`care.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="channel" label={t('care.fields.channel')} extra={t('care.quietHint')}>
        <Radio.Group optionType="button" options={CARE_CHANNELS.map((c) => ({ value: c, label: t(`care.channels.${c}`) }))} />
      </Form.Item>
      <ScheduleFields kinds={['weekly', 'monthly', 'every', 'birthday']} windowLabel={t('care.fields.window')} dates={dates} />
      <Form.Item name="subject" label={t('care.fields.subject')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="message" label={t('care.fields.message')} extra={t('care.messageHint')}>
        <Input.TextArea maxLength={300} rows={2} />
      </Form.Item>
      <Form.Item name="ownerKind" label={t('care.fields.owner')}>
        <Radio.Group options={(['group', 'community_worker'] as const).map((o) => ({ value: o, label: t(`care.owners.${o}`) }))} />
      </Form.Item>
      {ownerKind === 'group' && (
        <Form.Item name="group" label={t('care.fields.group')}>
          <Select showSearch options={(groups.length ? groups : [{ key: 'hotline', name: '热线坐席' }]).map((g) => ({ value: g.key, label: g.name }))} />
        </Form.Item>
      )}
    </>
  );
}

/** Records a care plan on an elder's file. */
export function CarePlanModal({ elderId, onClose, onSaved }: { elderId: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CarePlanValues>();
  const { saving, error, save } = useFormSave(form);
  const submit = (v: CarePlanValues) =>
    void save(async () => {
      const body: CarePlanInput = { elderId, ...carePlanFieldsOf(v), startsOn: (v.startsOn ?? dayjs()).format('YYYY-MM-DD'), endsOn: v.endsOn ? v.endsOn.format('YYYY-MM-DD') : null };
      await createCarePlan(body);
      onSaved();
    });
  return (
    <Modal open width={680} title={t('care.add')} okText={t('common.save')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose}>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Form<CarePlanValues> form={form} name="carePlan" layout="vertical" initialValues={CARE_PLAN_INITIAL} onFinish={submit}>
        <CarePlanFields />
      </Form>
    </Modal>
  );
}
