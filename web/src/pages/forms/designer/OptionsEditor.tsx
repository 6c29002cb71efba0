import { Button, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Form.List of {label, value} options for select, radio and checkbox fields, under column headers. */
export function OptionsEditor() {
  const { t } = useTranslation();
  return (
    <Form.List name="options">
      {(items, { add, remove }) => (
        <>
          {items.length > 0 && (
            // Headers say which box is what once the placeholders are typed over.
            <Space size={4} style={{ marginBottom: 4 }} data-testid="option-headers">
              <Typography.Text type="secondary" style={{ display: 'inline-block', width: 110 }}>{t('forms.designer.props.optionLabel')}</Typography.Text>
              <Typography.Text type="secondary" style={{ display: 'inline-block', width: 90 }}>{t('forms.designer.props.optionValue')}</Typography.Text>
            </Space>
          )}
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
