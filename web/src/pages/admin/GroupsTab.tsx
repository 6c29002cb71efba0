import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, Modal, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createGroup, type UserGroup } from '../../api/users';
import { errorText } from '../../components/errorText';
import { useFormSave } from '../../hooks/useFormSave';
import { conflictOnField } from './conflictOnField';
import { useUsersAndGroups } from './useUsersAndGroups';

/** 用户组: the groups tasks are offered to (candidate groups), with how many users are in each. */
export function GroupsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const data = useUsersAndGroups();
  const [creating, setCreating] = useState(false);
  const members = (key: string) => data.users.filter((u) => u.groups.includes(key)).length;
  return (
    <>
      <Flex justify="end" style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="group-new">
          {t('admin.groups.new')}
        </Button>
      </Flex>
      {!!data.error && <Alert type="error" showIcon message={errorText(data.error, t)} style={{ marginBottom: 16 }} />}
      <Table<UserGroup>
        data-testid="group-list"
        rowKey="key"
        size="middle"
        loading={data.loading && data.groups.length === 0}
        dataSource={data.groups}
        pagination={false}
        columns={[
          { title: t('admin.groups.key'), dataIndex: 'key', render: (v: string) => <code>{v}</code> },
          { title: t('admin.groups.name'), dataIndex: 'name' },
          { title: t('admin.groups.members'), key: 'members', render: (_, g) => members(g.key) },
        ]}
      />
      {creating && (
        <GroupModal
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            message.success(t('common.saved'));
            void data.reload();
          }}
        />
      )}
    </>
  );
}

function GroupModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ key: string; name: string }>();
  const { saving, error, save } = useFormSave(form);
  const submit = (values: { key: string; name: string }) =>
    save(async () => {
      const key = values.key.trim();
      await conflictOnField('key', t('admin.groups.keyTaken', { key }), () => createGroup({ key, name: values.name.trim() }));
      onSaved();
    });
  return (
    <Modal open title={t('admin.groups.new')} okText={t('common.save')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden okButtonProps={{ 'data-testid': 'group-save' }}>
      <Form form={form} name="group" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="key" label={t('admin.groups.key')} extra={t('admin.groups.keyHint')} rules={[{ required: true, message: t('common.required') }, { pattern: /^[a-z][a-z0-9_-]{0,63}$/, message: t('admin.groups.keyFormat') }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="name" label={t('admin.groups.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 128 }]}>
          <Input />
        </Form.Item>
      </Form>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
    </Modal>
  );
}
