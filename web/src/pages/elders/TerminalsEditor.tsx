import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { DictSelect } from '../../components/DictSelect';
import { ListItemActions } from '../../components/ListItemActions';
import { PhoneInputBase } from '../../form-renderer/widgets/PhoneInput';

const MAX_TERMINALS = 10;
const MAX_BUTTONS = 8;

/** What each button of a terminal means, so an agent knows what a ring from it asks for. */
function ButtonsEditor({ name }: { name: (string | number)[] }) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="start">
              <Form.Item name={[field.name, 'button']} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 20 }]} style={{ flex: 1, marginBottom: 8 }}>
                <Input placeholder={t('elders.form.button')} />
              </Form.Item>
              <span style={{ lineHeight: '32px' }}>→</span>
              <Form.Item name={[field.name, 'meaning']} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 50 }]} style={{ flex: 2, marginBottom: 8 }}>
                <Input placeholder={t('elders.form.meaning')} />
              </Form.Item>
              <Button type="text" icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => remove(field.name)} />
            </Flex>
          ))}
          {fields.length < MAX_BUTTONS && (
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({})}>
              {t('elders.form.addButton')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}

/** Alarm pendants, elder phones, landlines: each with a number or a device id. */
export function TerminalsEditor() {
  const { t } = useTranslation();
  return (
    <Form.List name="terminals">
      {(fields, { add, remove, move }) => (
        <>
          {fields.map((field, index) => {
            const what = t('elders.form.terminalN', { n: index + 1 });
            return (
              <Card key={field.key} size="small" title={what} style={{ marginBottom: 12 }} extra={<ListItemActions index={index} count={fields.length} move={move} remove={remove} what={what} />}>
                <Row gutter={16}>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'type']} label={t('elders.fields.terminalType')} rules={[{ required: true, message: t('common.required') }]}>
                      <DictSelect dict="terminal_type" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'number']} label={t('elders.fields.terminalNumber')}>
                      <PhoneInputBase />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'deviceId']} label={t('elders.fields.deviceId')}>
                      <Input maxLength={64} />
                    </Form.Item>
                  </Col>
                  <Col span={24}>
                    <Form.Item label={t('elders.fields.buttons')}>
                      <ButtonsEditor name={[field.name, 'buttons']} />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            );
          })}
          {fields.length < MAX_TERMINALS && (
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ buttons: [] })}>
              {t('elders.form.addTerminal')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
