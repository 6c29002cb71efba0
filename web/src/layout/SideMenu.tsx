import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/useAuth';
import { NAV_ITEMS, activeNavItem, mayOpen } from './navigation';

/** Left navigation menu: the NAV_ITEMS the user's roles may open. */
export function SideMenu({ onNavigate }: { onNavigate?: () => void } = {}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = activeNavItem(pathname);

  const { user } = useAuth();
  const items: MenuProps['items'] = NAV_ITEMS.filter((item) => mayOpen(user?.roles ?? [], item)).map((item) => ({
    key: item.path,
    icon: item.icon,
    label: t(`menu.${item.key}`),
  }));

  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={active ? [active.path] : []}
      onClick={({ key }) => (navigate(key), onNavigate?.())}
    />
  );
}
