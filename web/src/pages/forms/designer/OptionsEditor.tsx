import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** Form.List of {label, value} options for select, radio and checkbox fields. */
export function OptionsEditor() {
  const { t } = useTranslation();
  return (
    <Form.List name="options">
      {(items, { add, remove }) => (
        <>
          {items.map((item) => (
            <Space key={item.key} size={4} style={{ marginBottom: 4 }}>
              <Form.Item name={[item.name, 'label']} noStyle>
                <Input size="small" placeholder={t('forms.designer.props.optionLabel')} style={{ width: 110 }} />
              </Form.Item>
              <Form.Item name={[item.name, 'value']} noStyle>
                <Input size="small" placeholder={t('forms.designer.props.optionValue')} style={{ width: 90 }} />
              </Form.Item>
              <Button size="small" type="link" danger onClick={() => remove(item.name)}>{t('common.remove')}</Button>
            </Space>
          ))}
          <Button size="small" onClick={() => add({ label: '', value: '' })}>{t('forms.designer.props.addOption')}</Button>
        </>
      )}
    </Form.List>
  );
}
