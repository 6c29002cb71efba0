import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Popconfirm, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteSmsTemplate, listSmsTemplates, type SmsTemplate } from '../../api/sms';
import { errorText } from '../../components/errorText';
import { SmsTemplateModal } from './SmsTemplateModal';
import { TemplateText } from './TemplateText';

/** 短信模板: the texts processes send by key; admins write them. */
export function SmsTemplates({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [templates, setTemplates] = useState<SmsTemplate[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<SmsTemplate | 'new' | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    listSmsTemplates(controller.signal)
      .then((list) => (setTemplates(list), setError(null)))
      .catch((err: unknown) => !controller.signal.aborted && setError(err))
      .finally(() => !controller.signal.aborted && setLoading(false));
    return () => controller.abort();
  }, [reloads]);

  const remove = async (template: SmsTemplate) => {
    try {
      await deleteSmsTemplate(template.key);
      void message.success(t('common.deleted'));
      setReloads((n) => n + 1);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <>
      {editable && (
        <Flex justify="flex-end" style={{ marginBottom: 16 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('sms.templates.new')}
          </Button>
        </Flex>
      )}
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<SmsTemplate>
        rowKey="key"
        size="middle"
        loading={loading}
        dataSource={templates}
        pagination={false}
        locale={{ emptyText: t('sms.templates.empty') }}
        columns={[
          { title: t('sms.templates.key'), dataIndex: 'key', width: 180, render: (key: string) => <code>{key}</code> },
          { title: t('sms.templates.name'), dataIndex: 'name', width: 160 },
          { title: t('sms.templates.content'), dataIndex: 'content', ellipsis: { showTitle: true }, render: (content: string) => <TemplateText content={content} /> },
          { title: t('sms.templates.params'), dataIndex: 'params', width: 200, render: (params: string[]) => params.map((p) => <Tag key={p} translate="no">{p}</Tag>) },
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 140,
                  render: (_: unknown, template: SmsTemplate) => (
                    <Space>
                      <Button type="link" size="small" onClick={() => setEditing(template)}>
                        {t('common.edit')}
                      </Button>
                      <Popconfirm title={t('sms.templates.confirmDelete', { name: template.name })} onConfirm={() => void remove(template)}>
                        <Button type="link" size="small" danger>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <SmsTemplateModal
          template={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setReloads((n) => n + 1);
          }}
        />
      )}
    </>
  );
}
