import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Space } from 'antd';
import type { MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/useAuth';
import { ChangePasswordModal } from './ChangePasswordModal';

/** Header user menu: shows the display name, offers changing one's password and logout. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user, logout } = useAuth();

  const [changing, setChanging] = useState(false);
  const items: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined />, label: t('changePassword.menu') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout') },
  ];

  // logout() clears the local session; RequireAuth then redirects to /login.
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') setChanging(true);
    if (key === 'logout') void logout();
  };

  return (
    <>
      <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <Button type="text" data-testid="user-menu">
          <Space size={8}>
            <Avatar size="small" icon={<UserOutlined />} />
            <span>{user?.displayName || user?.username}</span>
            <DownOutlined style={{ fontSize: 10 }} />
          </Space>
        </Button>
      </Dropdown>
    </>
  );
}
