import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Space } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/useAuth';

/** Header user menu: shows the display name, offers logout. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user, logout } = useAuth();

  const items: MenuProps['items'] = [{ key: 'logout', icon: <LogoutOutlined />, label: t('header.logout') }];

  // logout() clears the local session; RequireAuth then redirects to /login.
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'logout') void logout();
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" data-testid="user-menu">
        <Space size={8}>
          <Avatar size="small" icon={<UserOutlined />} />
          <span>{user?.displayName || user?.username}</span>
          <DownOutlined style={{ fontSize: 10 }} />
        </Space>
      </Button>
    </Dropdown>
  );
}
