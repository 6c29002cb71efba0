import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OfferedItem } from '../../api/provider-types';
import { useDictionaries } from '../../hooks/useDictionaries';
import { useServiceItems } from '../../hooks/useServiceItems';
import { formatYuan } from './money';

/** What the provider offers at what price, beside the catalog's limits. */
export function ProviderItemsTable({ items }: { items: OfferedItem[] }) {
  const { t } = useTranslation();
  const catalog = useServiceItems();
  const dict = useDictionaries();
  return (
    <Table<OfferedItem>
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={items}
      columns={[
        { title: t('providers.fields.item'), dataIndex: 'code', render: (code: string) => catalog.name(code) },
        { title: t('providers.items.category'), key: 'category', render: (_, i) => dict.label('service_category', catalog.byCode.get(i.code)?.category) },
        { title: t('providers.items.unit'), key: 'unit', render: (_, i) => catalog.byCode.get(i.code)?.unit ?? '—' },
        { title: t('providers.fields.price'), dataIndex: 'price', render: (fen: number) => <Typography.Text strong>{formatYuan(fen)}</Typography.Text> },
        {
          title: t('providers.items.limits'),
          key: 'limits',
          render: (_, i) => {
            const item = catalog.byCode.get(i.code);
            return item ? `${formatYuan(item.minPrice)} – ${formatYuan(item.maxPrice)}` : '—';
          },
        },
      ]}
    />
  );
}
