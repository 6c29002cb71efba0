import { Button, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVIDER_STATUSES, type ProviderQuery } from '../../api/provider-types';
import { AreaTreeSelect } from '../../components/AreaTreeSelect';
import { useServiceItems } from '../../hooks/useServiceItems';

/** Name or credit code, status, an item offered, an area served. */
export function ProviderFilters({ query, onChange }: { query: ProviderQuery; onChange: (changes: Partial<ProviderQuery>) => void }) {
  const { t } = useTranslation();
  const items = useServiceItems();
  const [text, setText] = useState(query.q ?? '');
  useEffect(() => setText(query.q ?? ''), [query.q]);
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        enterButton
        style={{ width: 280 }}
        placeholder={t('providers.searchPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
      />
      <Select
        allowClear
        style={{ width: 130 }}
        placeholder={t('providers.fields.status')}
        value={query.status}
        onChange={(status) => onChange({ status })}
        options={PROVIDER_STATUSES.map((s) => ({ value: s, label: t(`providers.status.${s}`) }))}
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        style={{ width: 180 }}
        placeholder={t('providers.itemFilter')}
        value={query.item}
        onChange={(item) => onChange({ item })}
        options={items.list.map((i) => ({ value: i.code, label: i.name }))}
      />
      <AreaTreeSelect style={{ width: 220 }} placeholder={t('providers.areaFilter')} value={query.area} onChange={(area) => onChange({ area: typeof area === 'string' ? area : undefined })} />
      <Button onClick={() => onChange({ q: undefined, status: undefined, item: undefined, area: undefined })}>{t('common.reset')}</Button>
    </Space>
  );
}
