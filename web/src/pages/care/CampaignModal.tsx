import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CARE_CAMPAIGN_CHANNELS } from '@careflow/contracts';
import { createCareCampaign, type CareCampaign } from '../../api/care-campaigns';
import { errorText } from '../../components/errorText';
import { useFormSave } from '../../hooks/useFormSave';
import { CareFilterFields, careFilterOf, type CareFilterValues } from './CareFilterFields';

type CampaignValues = CareFilterValues & { name: string; channel: (typeof CARE_CAMPAIGN_CHANNELS)[number]; message?: string; callsPerMinute: number; startAt?: Dayjs | null };

/** A new 关怀活动: whom (the filter, fixed when made), how, what is said, how fast, from when. */
export function CampaignModal({ onClose, onSaved }: { onClose: () => void; onSaved: (campaign: CareCampaign) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CampaignValues>();
  const { saving, error, save } = useFormSave(form);
  const submit = (v: CampaignValues) =>
    void save(async () => {
      const campaign = await createCareCampaign({
        name: v.name,
        filter: careFilterOf(v),
        channel: v.channel,
        message: v.message ?? '',
        callsPerMinute: v.callsPerMinute,
        ...(v.startAt ? { startAt: v.startAt.toISOString() } : {}),
      });
      onSaved(campaign);
    });
  return (
    <Modal open width={620} title={t('careCampaigns.add')} okText={t('common.save')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose}>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Form<CampaignValues> form={form} name="careCampaign" layout="vertical" initialValues={{ channel: 'robot', callsPerMinute: 30, livingSituations: ['alone'] }} onFinish={submit}>
        <Form.Item name="name" label={t('careCampaigns.name')} rules={[{ required: true, message: t('periodicNeeds.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <CareFilterFields idPrefix="care-campaign" />
        <Form.Item name="channel" label={t('careCampaigns.channel')}>
          <Select options={CARE_CAMPAIGN_CHANNELS.map((c) => ({ value: c, label: t(`careCampaigns.channels.${c}`) }))} />
        </Form.Item>
        <Form.Item name="message" label={t('careCampaigns.message')} extra={t('careCampaigns.messageHelp')}>
          <Input.TextArea maxLength={300} rows={3} />
        </Form.Item>
        <Form.Item name="callsPerMinute" label={t('careCampaigns.callsPerMinute')} rules={[{ required: true, message: t('periodicNeeds.required') }]}>
          <InputNumber min={1} max={600} precision={0} />
        </Form.Item>
        <Form.Item name="startAt" label={t('careCampaigns.startAt')} extra={t('careCampaigns.startNow')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
