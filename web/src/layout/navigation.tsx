import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  DesktopOutlined,
  FileTextOutlined,
  FormOutlined,
  MessageOutlined,
  PhoneOutlined,
  ProfileOutlined,
  SettingOutlined,
  ShoppingOutlined,
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
  /** Shown only to these roles (everyone when unset). */
  roles?: readonly string[];
}

/** Left menu entries, in display order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'desk', path: '/desk', icon: <DesktopOutlined /> },
  { key: 'cases', path: '/cases', icon: <FileTextOutlined /> },
  { key: 'elders', path: '/elders', icon: <TeamOutlined /> },
  { key: 'processes', path: '/studio/processes', icon: <ApartmentOutlined /> },
  { key: 'serviceTypes', path: '/studio/service-types', icon: <ProfileOutlined /> },
  { key: 'forms', path: '/studio/forms', icon: <FormOutlined /> },
  { key: 'providers', path: '/providers', icon: <ShopOutlined /> },
  // The provider portal's orders; supervisors reach the same list here (admins by its URL).
  { key: 'dispatches', path: '/dispatches', icon: <ShoppingOutlined />, roles: ['provider_admin', 'provider_staff', 'supervisor'] },
  { key: 'telephony', path: '/telephony', icon: <PhoneOutlined />, roles: ['admin', 'supervisor', 'agent'] },
  { key: 'sms', path: '/sms', icon: <MessageOutlined />, roles: ['admin', 'supervisor', 'agent', 'auditor'] },
  { key: 'reports', path: '/reports', icon: <BarChartOutlined /> },
  { key: 'audit', path: '/audit', icon: <AuditOutlined />, roles: ['auditor', 'admin'] },
  { key: 'admin', path: '/admin', icon: <SettingOutlined /> },
];

/** The entry whose path is the longest prefix of the current pathname. */
export function activeNavItem(pathname: string): NavItem | undefined {
  return NAV_ITEMS.filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`)).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
}
