import { Button, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaTreeSelect } from '../../components/AreaTreeSelect';
import { ELDER_STATUSES, type ElderQuery, type ElderStatus } from '../../api/registry-types';

interface ElderFiltersProps {
  query: ElderQuery;
  onChange: (changes: Partial<ElderQuery>) => void;
}

/** Search box (name, pinyin initials or ID card), area and status. */
export function ElderFilters({ query, onChange }: ElderFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(query.q ?? '');
  // The URL can change the search too (back button, reset).
  useEffect(() => setText(query.q ?? ''), [query.q]);

  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        id="elder-search"
        allowClear
        style={{ width: 300 }}
        placeholder={t('elders.searchPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
        enterButton
      />
      <AreaTreeSelect
        id="elder-area-filter"
        style={{ width: 240 }}
        placeholder={t('elders.areaFilter')}
        value={query.areaCode}
        onChange={(value) => onChange({ areaCode: typeof value === 'string' ? value : undefined })}
      />
      <Select<ElderStatus>
        id="elder-status-filter"
        allowClear
        style={{ width: 140 }}
        placeholder={t('elders.statusFilter')}
        value={query.status}
        onChange={(status) => onChange({ status })}
        options={ELDER_STATUSES.map((s) => ({ value: s, label: t(`elders.status.${s}`) }))}
      />
      <Button onClick={() => onChange({ q: undefined, areaCode: undefined, status: undefined })}>{t('common.reset')}</Button>
    </Space>
  );
}
