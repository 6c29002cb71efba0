import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DictSelect } from '../../components/DictSelect';
import { ListItemActions } from '../../components/ListItemActions';
import { PhonesEditor } from './PhonesEditor';

const MAX_RELATIVES = 10;

/** Relatives in call order: in an emergency the hotline calls the first one first. */
export function RelativesEditor() {
  const { t } = useTranslation();
  return (
    <Form.List name="relatives">
      {(fields, { add, remove, move }) => (
        <>
          <Typography.Paragraph type="secondary">{t('elders.form.callOrderHint')}</Typography.Paragraph>
          {fields.map((field, index) => {
            const what = t('elders.form.relativeN', { n: index + 1 });
            return (
              <Card
                key={field.key}
                size="small"
                title={what}
                style={{ marginBottom: 12 }}
                data-testid={`relative-${index}`}
                extra={<ListItemActions index={index} count={fields.length} move={move} remove={remove} what={what} />}
              >
                <Row gutter={16}>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'name']} label={t('elders.fields.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 50 }]}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'relation']} label={t('elders.fields.relation')} rules={[{ required: true, message: t('common.required') }]}>
                      <DictSelect dict="relation_type" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'livesNearby']} valuePropName="checked" label=" " colon={false}>
                      <Checkbox>{t('elders.fields.livesNearby')}</Checkbox>
                    </Form.Item>
                  </Col>
                  <Col span={24}>
                    <Form.Item label={t('elders.fields.phones')} required>
                      <PhonesEditor name={[field.name, 'phones']} max={3} min={1} />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            );
          })}
          {fields.length < MAX_RELATIVES && (
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ phones: [{}], livesNearby: false })} data-testid="relative-add">
              {t('elders.form.addRelative')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
