import {
  ApartmentOutlined,
  BarChartOutlined,
  DesktopOutlined,
  FileTextOutlined,
  FormOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Messages } from '../i18n/zh-CN';

export type NavKey = keyof Messages['menu'];

export interface NavItem {
  key: NavKey;
  path: string;
  icon: ReactNode;
}

/** Left menu entries, in display order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'desk', path: '/desk', icon: <DesktopOutlined /> },
  { key: 'cases', path: '/cases', icon: <FileTextOutlined /> },
  { key: 'elders', path: '/elders', icon: <TeamOutlined /> },
  { key: 'processes', path: '/studio/processes', icon: <ApartmentOutlined /> },
  { key: 'forms', path: '/studio/forms', icon: <FormOutlined /> },
  { key: 'providers', path: '/providers', icon: <ShopOutlined /> },
  { key: 'reports', path: '/reports', icon: <BarChartOutlined /> },
  { key: 'admin', path: '/admin', icon: <SettingOutlined /> },
];

/** The entry whose path is the longest prefix of the current pathname. */
export function activeNavItem(pathname: string): NavItem | undefined {
  return NAV_ITEMS.filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`)).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
}
