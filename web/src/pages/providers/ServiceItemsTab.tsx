import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceItem } from '../../api/provider-types';
import { usePermissions } from '../../auth/roles';
import { errorText } from '../../components/errorText';
import { useDictionaries } from '../../hooks/useDictionaries';
import { useServiceItems } from '../../hooks/useServiceItems';
import { formatYuan } from './money';
import { ServiceItemModal } from './ServiceItemModal';

/** 服务项目: the catalog every provider's prices must fit; admins maintain it. */
export function ServiceItemsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { admin } = usePermissions();
  const items = useServiceItems();
  const dict = useDictionaries();
  const [editing, setEditing] = useState<ServiceItem | 'new' | null>(null);

  return (
    <>
      {admin && (
        <Flex justify="end" style={{ marginBottom: 16 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('providers.items.add')}
          </Button>
        </Flex>
      )}
      {!!items.error && <Alert type="error" showIcon message={errorText(items.error, t)} style={{ marginBottom: 16 }} />}
      <Table<ServiceItem>
        rowKey="code"
        size="middle"
        loading={items.loading && items.list.length === 0}
        dataSource={items.list}
        pagination={false}
        columns={[
          { title: t('providers.items.code'), dataIndex: 'code', render: (c: string) => <code>{c}</code> },
          { title: t('providers.items.name'), dataIndex: 'name' },
          { title: t('providers.items.category'), dataIndex: 'category', render: (c: string) => dict.label('service_category', c) },
          { title: t('providers.items.unit'), dataIndex: 'unit' },
          { title: t('providers.items.defaultPrice'), dataIndex: 'defaultPrice', render: formatYuan },
          { title: t('providers.items.limits'), key: 'limits', render: (_, i) => `${formatYuan(i.minPrice)} – ${formatYuan(i.maxPrice)}` },
          { title: t('providers.items.active'), dataIndex: 'active', render: (a: boolean) => (a ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('admin.dictionaries.retired')}</Tag>) },
          ...(admin ? [{ title: t('common.actions'), key: 'actions', render: (_: unknown, i: ServiceItem) => <Button size="small" onClick={() => setEditing(i)}>{t('common.edit')}</Button> }] : []),
        ]}
      />
      {editing && (
        <ServiceItemModal
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            message.success(t('common.saved'));
            void items.reload();
          }}
        />
      )}
    </>
  );
}
