import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteDictionary } from '../../api/dictionaries';
import type { Dictionary } from '../../api/registry-types';
import { usePermissions } from '../../auth/roles';
import { errorText } from '../../components/errorText';
import { useDictionaries } from '../../hooks/useDictionaries';
import { DictionaryEditor } from './DictionaryEditor';
import { DictionaryOptionsTable } from './DictionaryOptionsTable';

/** 字典: every dictionary with its options (expand a row); admins edit the options in order. */
export function DictionariesTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { admin } = usePermissions();
  const dictionaries = useDictionaries();
  // null: closed; 'new': a new dictionary; otherwise the one being edited.
  const [editing, setEditing] = useState<Dictionary | 'new' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const remove = async (d: Dictionary) => {
    setError(null);
    try {
      await deleteDictionary(d.key);
      message.success(t('common.deleted'));
      await dictionaries.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <>
      {admin && (
        <Flex justify="end" style={{ marginBottom: 16 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('admin.dictionaries.new')}
          </Button>
        </Flex>
      )}
      {!!(error || dictionaries.error) && <Alert type="error" showIcon message={errorText(error ?? dictionaries.error, t)} style={{ marginBottom: 16 }} />}
      <Table<Dictionary>
        rowKey="key"
        size="middle"
        loading={dictionaries.loading && dictionaries.list.length === 0}
        dataSource={dictionaries.list}
        pagination={false}
        expandable={{ expandedRowRender: (d) => <DictionaryOptionsTable options={d.options} /> }}
        columns={[
          { title: t('admin.dictionaries.key'), dataIndex: 'key', render: (key: string) => <code>{key}</code> },
          { title: t('admin.dictionaries.name'), dataIndex: 'name', render: (name: string, d) => (dictionaries.english ? d.nameEn : name) },
          { title: t('admin.dictionaries.options'), key: 'count', render: (_, d) => `${d.options.filter((o) => o.active).length} / ${d.options.length}` },
          { title: t('admin.dictionaries.system'), dataIndex: 'system', render: (system: boolean) => (system ? <Tag>{t('admin.dictionaries.builtIn')}</Tag> : <Tag color="blue">{t('admin.dictionaries.custom')}</Tag>) },
          ...(admin
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, d: Dictionary) => (
                    <Space>
                      <Button size="small" onClick={() => setEditing(d)} data-testid={`dictionary-edit-${d.key}`}>
                        {t('common.edit')}
                      </Button>
                      {!d.system && (
                        <Popconfirm title={t('common.confirmDelete')} onConfirm={() => void remove(d)}>
                          <Button size="small" danger>
                            {t('common.delete')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <DictionaryEditor
          dictionary={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            message.success(t('common.saved'));
            void dictionaries.reload();
          }}
        />
      )}
    </>
  );
}
