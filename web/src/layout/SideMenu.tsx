import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { NAV_ITEMS, activeNavItem } from './navigation';

/** Left navigation menu driven by NAV_ITEMS. */
export function SideMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = activeNavItem(pathname);

  const items: MenuProps['items'] = NAV_ITEMS.map((item) => ({
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
      onClick={({ key }) => navigate(key)}
    />
  );
}
