import { Alert, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { createStaff, updateStaff } from '../../api/providers';
import { STAFF_STATUSES, type Provider, type Staff, type StaffInput } from '../../api/provider-types';
import { AreaTreeSelect } from '../../components/AreaTreeSelect';
import { errorText } from '../../components/errorText';
import { useServiceItems } from '../../hooks/useServiceItems';
import { useFormSave } from '../../hooks/useFormSave';

/** Adds (staff null) or edits a staff member: skills among the provider's items, areas it serves. */
export function StaffModal({ provider, staff, onClose, onSaved }: { provider: Provider; staff: Staff | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const items = useServiceItems();
  const [form] = Form.useForm<StaffInput>();
  const { saving, error, save } = useFormSave(form);

  const submit = (values: StaffInput) =>
    save(async () => {
      const input: StaffInput = { name: values.name.trim(), phone: values.phone.trim(), status: values.status, skills: values.skills ?? [], areas: values.areas ?? [] };
      if (!staff) await createStaff(provider.id, input);
      else {
        // PATCH only what changed: the engine writes nothing for an unchanged member.
        const changes = Object.fromEntries(Object.entries(input).filter(([key, value]) => JSON.stringify(staff[key as keyof StaffInput]) !== JSON.stringify(value)));
        if (Object.keys(changes).length > 0) await updateStaff(provider.id, staff.id, changes);
      }
      onSaved();
    });

  const required = { required: true, message: t('common.required') };
  return (
    <Modal open title={staff ? t('providers.staff.editTitle', { name: staff.name }) : t('providers.staff.add')} okText={t('common.save')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose}>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Form<StaffInput> form={form} name="staff" layout="vertical" initialValues={staff ?? { status: 'active', skills: [], areas: [] }} onFinish={(v) => void submit(v)}>
        <Form.Item name="name" label={t('providers.staff.name')} rules={[{ ...required, whitespace: true }, { max: 64 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('providers.staff.phone')} rules={[{ ...required, whitespace: true }]} extra={t('providers.staff.phoneHint')}>
          <Input inputMode="tel" maxLength={32} />
        </Form.Item>
        <Form.Item name="status" label={t('providers.fields.status')} rules={[required]}>
          <Select options={STAFF_STATUSES.map((s) => ({ value: s, label: t(`providers.staffStatus.${s}`) }))} />
        </Form.Item>
        <Form.Item name="skills" label={t('providers.staff.skills')}>
          <Select mode="multiple" optionFilterProp="label" options={provider.items.map((i) => ({ value: i.code, label: items.name(i.code) }))} />
        </Form.Item>
        <Form.Item name="areas" label={t('providers.staff.areas')} rules={[required]} extra={t('providers.staff.areasHint')}>
          <AreaTreeSelect multiple />
        </Form.Item>
      </Form>
    </Modal>
  );
}
