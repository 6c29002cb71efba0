import { Alert, Form, Input, InputNumber, Modal, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { createArea, updateArea } from '../../api/areas';
import { AREA_LEVELS, type Area, type AreaLevel } from '../../api/registry-types';
import { errorText } from '../../components/errorText';
import { useFormSave } from '../../hooks/useFormSave';

/** Adding under a parent (null: a city), or renaming an area. */
export type AreaEdit = { mode: 'create'; parent: Area | null } | { mode: 'rename'; area: Area };

interface AreaValues {
  code?: string;
  name: string;
  sort?: number | null;
}

const childLevel = (parent: Area | null): AreaLevel | undefined => (parent ? AREA_LEVELS[AREA_LEVELS.indexOf(parent.level) + 1] : 'city');

export function AreaModal({ edit, onClose, onSaved }: { edit: AreaEdit; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AreaValues>();
  const { saving, error, save } = useFormSave(form);
  const level = edit.mode === 'create' ? childLevel(edit.parent) : edit.area.level;

  const submit = (values: AreaValues) =>
    save(async () => {
      const sort = values.sort ?? undefined;
      if (edit.mode === 'create') await createArea({ code: values.code?.trim() ?? '', name: values.name.trim(), level: level ?? 'community', parentCode: edit.parent?.code ?? null, sort });
      else await updateArea(edit.area.code, { name: values.name.trim(), sort });
      onSaved();
    });

  const title = edit.mode === 'create' ? (edit.parent ? t('admin.areas.addChildOf', { name: edit.parent.name }) : t('admin.areas.addCity')) : t('admin.areas.renameTitle', { name: edit.area.name });
  const initial: Partial<AreaValues> = edit.mode === 'rename' ? { name: edit.area.name, sort: edit.area.sort } : {};
  return (
    <Modal open title={title} okText={t('common.save')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form<AreaValues> form={form} name="area" layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)}>
        {level && (
          <Form.Item label={t('admin.areas.level')}>
            <Tag>{t(`admin.areas.levels.${level}`)}</Tag>
          </Form.Item>
        )}
        {edit.mode === 'create' && (
          <Form.Item name="code" label={t('admin.areas.code')} extra={t('admin.areas.codeHint')} rules={[{ required: true, message: t('common.required') }, { pattern: /^[0-9A-Za-z_-]{1,32}$/, message: t('admin.areas.codeFormat') }]}>
            <Input maxLength={32} />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('admin.areas.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="sort" label={t('admin.areas.sort')} extra={t('admin.areas.sortHint')}>
          <InputNumber min={0} max={1_000_000} precision={0} />
        </Form.Item>
      </Form>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
    </Modal>
  );
}
