import { Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** Form.List of linkage rules: "<effect> when <field> <op> <value>"; the value is typed text. `fields` are the dependency paths a rule may use. */
export function RulesEditor({ fields }: { fields: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const p = (key: string) => t(`forms.designer.props.${key}` as 'forms.designer.props.title');
  return (
    <Form.List name="rules">
      {(items, { add, remove }) => (
        <>
          {items.map((item) => (
            <Space key={item.key} wrap size={4} style={{ marginBottom: 8 }} data-testid={`rule-${item.name}`}>
              <Form.Item name={[item.name, 'effect']} noStyle>
                <Select style={{ width: 120 }} options={['show', 'require'].map((v) => ({ value: v, label: p(v) }))} />
              </Form.Item>
              <span>{p('when')}</span>
              <Form.Item name={[item.name, 'field']} noStyle>
                <Select style={{ width: 140 }} showSearch optionFilterProp="label" options={fields} />
              </Form.Item>
              <Form.Item name={[item.name, 'op']} noStyle>
                <Select style={{ width: 100 }} options={[['eq', 'equals'], ['ne', 'notEquals'], ['empty', 'empty'], ['notEmpty', 'notEmpty']].map(([v, k]) => ({ value: v, label: p(k) }))} />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) =>
                  ['eq', 'ne'].includes(getFieldValue(['rules', item.name, 'op'])) && (
                    <Form.Item name={[item.name, 'value']} noStyle>
                      <Input style={{ width: 100 }} placeholder={p('value')} />
                    </Form.Item>
                  )
                }
              </Form.Item>
              <Button size="small" type="link" danger onClick={() => remove(item.name)}>{t('common.remove')}</Button>
            </Space>
          ))}
          <Button size="small" onClick={() => add({ effect: 'show', field: fields[0]?.value, op: 'notEmpty' })} disabled={fields.length === 0} data-testid="rule-add">
            {p('addRule')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
