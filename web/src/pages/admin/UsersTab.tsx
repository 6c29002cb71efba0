import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONNECTOR_USERNAME, updateUser, type ManagedUser } from '../../api/users';
import { useAuth } from '../../auth/useAuth';
import { errorText } from '../../components/errorText';
import { useAreas } from '../../hooks/useAreas';
import { UserModal } from './UserModal';
import { UserPasswordModal } from './UserPasswordModal';
import { useRoleName } from './userRoles';
import { useUsersAndGroups } from './useUsersAndGroups';

type Editing = { mode: 'create' } | { mode: 'edit'; user: ManagedUser } | { mode: 'password'; user: ManagedUser } | null;

/**
 * 用户: every account with its roles, groups and area scope (admins only). The connectors' service
 * account is listed so its presence is no surprise, but read-only: the engine keeps it.
 */
export function UsersTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user: me } = useAuth();
  const data = useUsersAndGroups();
  const areas = useAreas();
  const roleName = useRoleName();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<unknown>(null);

  const shown = useMemo(() => {
    const q = search.trim().toLowerCase();
    return q ? data.users.filter((u) => u.username.toLowerCase().includes(q) || u.displayName.toLowerCase().includes(q)) : data.users;
  }, [data.users, search]);
  const groupName = (key: string) => data.groups.find((g) => g.key === key)?.name ?? key;

  const setActive = async (user: ManagedUser, active: boolean) => {
    setError(null);
    try {
      await updateUser(user.id, { active });
      message.success(t('common.saved'));
      await data.reload();
    } catch (err) {
      setError(err);
    }
  };
  const saved = (text: string) => {
    setEditing(null);
    message.success(text);
    void data.reload();
  };

  return (
    <>
      <Flex gap={8} wrap="wrap" justify="space-between" style={{ marginBottom: 16 }}>
        <Input.Search id="user-search" allowClear placeholder={t('admin.users.search')} style={{ width: 280 }} onChange={(e) => setSearch(e.target.value)} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })} data-testid="user-new">
          {t('admin.users.new')}
        </Button>
      </Flex>
      {!!error && <Alert type="error" showIcon closable onClose={() => setError(null)} message={errorText(error, t)} style={{ marginBottom: 16 }} data-testid="user-error" />}
      {!!data.error && <Alert type="error" showIcon message={errorText(data.error, t)} style={{ marginBottom: 16 }} />}
      <Table<ManagedUser>
        data-testid="user-list"
        rowKey="id"
        size="middle"
        loading={data.loading && data.users.length === 0}
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('admin.users.username'), dataIndex: 'username', render: (v: string) => <code>{v}</code> },
          { title: t('admin.users.displayName'), dataIndex: 'displayName' },
          { title: t('admin.users.roles'), dataIndex: 'roles', render: (roles: string[]) => roles.map((r) => <Tag key={r}>{roleName(r)}</Tag>) },
          { title: t('admin.users.groups'), dataIndex: 'groups', render: (groups: string[]) => groups.map(groupName).join('、') },
          { title: t('admin.users.areaScope'), dataIndex: 'areaScope', render: (codes: string[]) => (codes.length === 0 ? t('admin.users.allAreas') : codes.map(areas.name).join('、')) },
          {
            title: t('admin.users.status'),
            dataIndex: 'active',
            render: (active: boolean) => (active ? <Tag color="green">{t('admin.users.active')}</Tag> : <Tag>{t('admin.users.inactive')}</Tag>),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, u) =>
              u.username === CONNECTOR_USERNAME ? (
                <Tooltip title={t('admin.users.serviceAccount')}>
                  <Tag>{t('admin.users.roleNames.connector')}</Tag>
                </Tooltip>
              ) : (
                <Space size={0} wrap>
                  <Button type="link" size="small" onClick={() => setEditing({ mode: 'edit', user: u })}>
                    {t('common.edit')}
                  </Button>
                  <Button type="link" size="small" onClick={() => setEditing({ mode: 'password', user: u })}>
                    {t('admin.users.resetPassword')}
                  </Button>
                  {String(me?.id) !== u.id &&
                    (u.active ? (
                      <Popconfirm title={t('admin.users.confirmDeactivate', { name: u.displayName })} onConfirm={() => setActive(u, false)}>
                        <Button type="link" size="small" danger>
                          {t('admin.users.deactivate')}
                        </Button>
                      </Popconfirm>
                    ) : (
                      <Button type="link" size="small" onClick={() => void setActive(u, true)}>
                        {t('admin.users.activate')}
                      </Button>
                    ))}
                </Space>
              ),
          },
        ]}
      />
      {editing?.mode === 'create' && <UserModal user={null} groups={data.groups} onClose={() => setEditing(null)} onSaved={() => saved(t('common.saved'))} />}
      {editing?.mode === 'edit' && <UserModal user={editing.user} groups={data.groups} onClose={() => setEditing(null)} onSaved={() => saved(t('common.saved'))} />}
      {editing?.mode === 'password' && <UserPasswordModal user={editing.user} onClose={() => setEditing(null)} onSaved={() => saved(t('admin.users.passwordReset'))} />}
    </>
  );
}
