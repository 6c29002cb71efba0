import { Alert, App, Button, Card, Form, Input, Modal, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { fieldProblems } from '../../api/fieldErrors';
import { createForm, listForms, type FormSummary } from '../../api/forms';
import { errorText } from '../../components/errorText';
import { usePermissions } from '../../auth/roles';
import { usePageTitle } from '../../hooks/usePageTitle';
import { formatDateTime } from '../../components/dateTime';

const KEY = /^[A-Za-z][\w.-]{0,99}$/;

/** 表单设计: the forms library; open a form in the designer or create a new one. */
export function FormListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [forms, setForms] = useState<FormSummary[]>();
  const [error, setError] = useState<string>();
  const [creating, setCreating] = useState(false);
  const { editForms } = usePermissions();
  const [form] = Form.useForm<{ key: string; title: string }>();
  usePageTitle(t('menu.forms'));
  useEffect(() => void listForms().then(setForms, (err: unknown) => setError(errorText(err, t))), [t]);

  const create = async () => {
    const input = await form.validateFields();
    try {
      await createForm({ ...input, schema: { type: 'object', properties: {} } });
      void message.success(t('forms.list.created'));
      navigate(`/studio/forms/${encodeURIComponent(input.key)}`);
    } catch (err) {
      const problems = fieldProblems(err);
      form.setFields(problems.length > 0 ? problems.map((p) => ({ name: p.path as 'key', errors: [p.message] })) : [{ name: 'key', errors: [errorText(err, t)] }]);
    }
  };

  return (
    <Card
      title={t('forms.list.title')}
      extra={editForms && <Button type="primary" onClick={() => setCreating(true)} data-testid="form-new">{t('forms.list.create')}</Button>}
    >
      {error && <Alert type="error" showIcon message={error} />}
      <Table<FormSummary>
        rowKey="key"
        loading={!forms && !error}
        dataSource={forms}
        pagination={false}
        data-testid="form-list"
        columns={[
          { title: t('forms.list.key'), dataIndex: 'key', render: (key: string) => <Link to={`/studio/forms/${encodeURIComponent(key)}`}>
                <code>{key}</code>
              </Link> },
          { title: t('forms.list.name'), dataIndex: 'title' },
          { title: t('forms.list.version'), dataIndex: 'latestVersion', render: (v: number) => `v${v}` },
          { title: t('forms.list.updatedAt'), dataIndex: 'updatedAt', render: (d: string) => formatDateTime(d) },
        ]}
      />
      <Modal open={creating} title={t('forms.list.create')} onOk={() => void create()} onCancel={() => setCreating(false)} okButtonProps={{ id: 'form-create' }} destroyOnHidden>
        <Form form={form} name="newForm" layout="vertical">
          <Form.Item name="key" label={t('forms.list.key')} extra={t('forms.list.keyHint')} rules={[{ required: true, pattern: KEY, message: t('forms.list.keyHint') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="title" label={t('forms.list.name')} rules={[{ required: true, message: t('common.required') }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
