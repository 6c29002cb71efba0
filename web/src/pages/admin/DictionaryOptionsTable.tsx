import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DictionaryOption } from '../../api/registry-types';

/** The options of a dictionary, read only, in their order. */
export function DictionaryOptionsTable({ options }: { options: DictionaryOption[] }) {
  const { t } = useTranslation();
  return (
    <Table<DictionaryOption>
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={options}
      columns={[
        { title: '#', key: 'n', width: 50, render: (_, _o, i) => i + 1 },
        { title: t('admin.dictionaries.code'), dataIndex: 'code', render: (c: string) => <code>{c}</code> },
        { title: t('admin.dictionaries.label'), dataIndex: 'label' },
        { title: t('admin.dictionaries.labelEn'), dataIndex: 'labelEn' },
        { title: t('admin.dictionaries.active'), dataIndex: 'active', render: (a: boolean) => (a ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('admin.dictionaries.retired')}</Tag>) },
      ]}
    />
  );
}
