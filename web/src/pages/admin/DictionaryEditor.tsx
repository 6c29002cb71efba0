import { Alert, Button, Drawer, Form, Input, Space } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { saveDictionary } from '../../api/dictionaries';
import type { Dictionary, DictionaryOption } from '../../api/registry-types';
import { errorText } from '../../components/errorText';
import { DictionaryOptionsEditor } from './DictionaryOptionsEditor';
import { useFormSave } from '../../hooks/useFormSave';

interface DictionaryValues {
  key?: string;
  name: string;
  nameEn: string;
  options: DictionaryOption[];
}

/** Edits a dictionary (null: creates one) and its options in order; the whole list is saved at once. */
export function DictionaryEditor({ dictionary, onClose, onSaved }: { dictionary: Dictionary | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DictionaryValues>();
  const { saving, error, save } = useFormSave(form);
  const savedCodes = useMemo(() => new Set(dictionary?.options.map((o) => o.code)), [dictionary]);

  const submit = (values: DictionaryValues) =>
    save(async () => {
      const key = dictionary?.key ?? values.key?.trim() ?? '';
      const options = (values.options ?? []).map((o) => ({ code: o.code.trim(), label: o.label.trim(), labelEn: o.labelEn.trim(), active: !!o.active }));
      await saveDictionary(key, { name: values.name.trim(), nameEn: values.nameEn.trim(), options });
      onSaved();
    });

  return (
    <Drawer
      open
      width={880}
      title={dictionary ? t('admin.dictionaries.editTitle', { name: dictionary.name }) : t('admin.dictionaries.new')}
      onClose={onClose}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="dictionary-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Form<DictionaryValues> form={form} name="dictionary" layout="vertical" initialValues={dictionary ?? { options: [] }} onFinish={(v) => void submit(v)}>
        {!dictionary && (
          <Form.Item name="key" label={t('admin.dictionaries.key')} rules={[{ required: true, message: t('common.required') }, { pattern: /^[a-z][a-z0-9_]{0,63}$/, message: t('admin.dictionaries.codeFormat') }]}>
            <Input />
          </Form.Item>
        )}
        <Space.Compact block>
          <Form.Item name="name" label={t('admin.dictionaries.name')} style={{ flex: 1, marginRight: 8 }} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="nameEn" label={t('admin.dictionaries.nameEn')} style={{ flex: 1 }} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input />
          </Form.Item>
        </Space.Compact>
        <DictionaryOptionsEditor savedCodes={savedCodes} />
      </Form>
    </Drawer>
  );
}
