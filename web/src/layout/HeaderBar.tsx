import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { HealthBadge } from './HealthBadge';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';
import { UserMenu } from './UserMenu';

interface HeaderBarProps {
  collapsed: boolean;
  /** A phone: the short name, and only the bell and the user menu. */
  compact?: boolean;
  onToggle: () => void;
}

/** Top bar: menu toggle, product name, health, language and user menu. */
export function HeaderBar({ collapsed, compact = false, onToggle }: HeaderBarProps) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="space-between" style={{ height: '100%' }}>
      <Space size={compact ? 4 : 12}>
        <Button
          type="text"
          aria-label={collapsed ? t('header.expandMenu') : t('header.collapseMenu')}
          icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={onToggle}
        />
        <Typography.Title level={compact ? 5 : 4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
          {t(compact ? 'app.shortName' : 'app.name')}
        </Typography.Title>
      </Space>
      <Space size={compact ? 8 : 16}>
        {!compact && <HealthBadge />}
        <NotificationBell />
        {!compact && <LanguageSwitch />}
        <UserMenu />
      </Space>
    </Flex>
  );
}
