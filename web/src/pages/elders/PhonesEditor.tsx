import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PhoneInputBase } from '../../form-renderer/widgets/PhoneInput';

interface PhonesEditorProps {
  /** The Form.List name, relative to an enclosing list item when nested. */
  name: (string | number)[] | string;
  max: number;
  /** A relative needs one number at least, so the last row cannot be removed. */
  min?: number;
}

/** Phone rows (number and what it is); the server checks and normalizes the numbers. */
export function PhonesEditor({ name, max, min = 0 }: PhonesEditorProps) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="start">
              <Form.Item name={[field.name, 'number']} rules={[{ required: true, whitespace: true, message: t('elders.form.phoneRequired') }]} style={{ flex: 2, marginBottom: 8 }}>
                <PhoneInputBase placeholder={t('elders.form.phoneNumber')} />
              </Form.Item>
              <Form.Item name={[field.name, 'label']} rules={[{ max: 30 }]} style={{ flex: 1, marginBottom: 8 }}>
                <Input placeholder={t('elders.form.phoneLabel')} />
              </Form.Item>
              <Button type="text" icon={<DeleteOutlined />} aria-label={t('common.remove')} disabled={fields.length <= min} onClick={() => remove(field.name)} />
            </Flex>
          ))}
          {fields.length < max && (
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 8 }}>
              {t('elders.form.addPhone')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
