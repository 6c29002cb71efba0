import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListItemActions } from '../../components/ListItemActions';

const CODE = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * The options in order. Codes already saved are locked and cannot be removed: records and
 * processes store them. Such an option is retired (inactive) instead.
 */
export function DictionaryOptionsEditor({ savedCodes }: { savedCodes: Set<string> }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Form.List name="options">
      {(fields, { add, remove, move }) => (
        <>
          <Row gutter={8} style={{ fontWeight: 500, marginBottom: 8 }}>
            <Col span={6}>{t('admin.dictionaries.code')}</Col>
            <Col span={6}>{t('admin.dictionaries.label')}</Col>
            <Col span={6}>{t('admin.dictionaries.labelEn')}</Col>
            <Col span={2}>{t('admin.dictionaries.active')}</Col>
          </Row>
          {fields.map((field, index) => {
            const code = form.getFieldValue(['options', field.name, 'code']) as string | undefined;
            const saved = !!code && savedCodes.has(code);
            return (
              <Row key={field.key} gutter={8} align="top">
                <Col span={6}>
                  <Form.Item name={[field.name, 'code']} rules={[{ required: true, message: t('common.required') }, { pattern: CODE, message: t('admin.dictionaries.codeFormat') }]}>
                    <Input disabled={saved} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name={[field.name, 'label']} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 100 }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name={[field.name, 'labelEn']} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 100 }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col span={2}>
                  <Form.Item name={[field.name, 'active']} valuePropName="checked">
                    <Switch size="small" />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <ListItemActions index={index} count={fields.length} move={move} remove={remove} removable={!saved} what={code ?? String(index + 1)} />
                </Col>
              </Row>
            );
          })}
          <Typography.Paragraph type="secondary">{t('admin.dictionaries.retireHint')}</Typography.Paragraph>
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ active: true })}>
            {t('admin.dictionaries.addOption')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
