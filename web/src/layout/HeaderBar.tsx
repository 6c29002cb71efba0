import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { HealthBadge } from './HealthBadge';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';
import { UserMenu } from './UserMenu';

interface HeaderBarProps {
  collapsed: boolean;
  onToggle: () => void;
}

/** Top bar: menu toggle, product name, health, language and user menu. */
export function HeaderBar({ collapsed, onToggle }: HeaderBarProps) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="space-between" style={{ height: '100%' }}>
      <Space size={12}>
        <Button
          type="text"
          aria-label={collapsed ? t('header.expandMenu') : t('header.collapseMenu')}
          icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={onToggle}
        />
        <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Typography.Title>
      </Space>
      <Space size={16}>
        <HealthBadge />
        <NotificationBell />
        <LanguageSwitch />
        <UserMenu />
      </Space>
    </Flex>
  );
}
