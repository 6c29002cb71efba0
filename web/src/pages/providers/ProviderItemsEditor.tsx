import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useServiceItems } from '../../hooks/useServiceItems';
import { formatYuan } from './money';

/** The items a provider offers, each at its price in yuan within the catalog's limits. */
export function ProviderItemsEditor({ pricesOnly }: { pricesOnly: boolean }) {
  const { t } = useTranslation();
  const items = useServiceItems();
  const form = Form.useFormInstance();
  // Watched, so the price limits shown follow the item chosen in each row.
  const rows = Form.useWatch('items', form) as { code?: string }[] | undefined;
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => {
            const item = items.byCode.get(rows?.[field.name]?.code ?? '');
            return (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item name={[field.name, 'code']} rules={[{ required: true, message: t('common.required') }]} style={{ flex: 2, marginBottom: 8 }}>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    disabled={pricesOnly}
                    placeholder={t('providers.fields.item')}
                    options={items.list.filter((i) => i.active || i.code === item?.code).map((i) => ({ value: i.code, label: `${i.name}（${i.unit}）` }))}
                    onChange={(code: string) => {
                      const chosen = items.byCode.get(code);
                      if (chosen) form.setFieldValue(['items', field.name, 'price'], chosen.defaultPrice / 100);
                    }}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'price']}
                  rules={[{ required: true, message: t('common.required') }]}
                  extra={item && <Typography.Text type="secondary">{`${formatYuan(item.minPrice)} – ${formatYuan(item.maxPrice)}`}</Typography.Text>}
                  style={{ flex: 1, marginBottom: 8 }}
                >
                  <InputNumber min={0} step={0.01} precision={2} addonAfter={t('providers.yuan')} style={{ width: '100%' }} />
                </Form.Item>
                {!pricesOnly && <Button type="text" icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => remove(field.name)} />}
              </Flex>
            );
          })}
          {!pricesOnly && (
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({})}>
              {t('providers.addItem')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
