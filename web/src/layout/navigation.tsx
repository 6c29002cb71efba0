import {
  AccountBookOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BranchesOutlined,
  HeartOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CustomerServiceOutlined,
  DesktopOutlined,
  FundProjectionScreenOutlined,
  FileTextOutlined,
  FormOutlined,
  MessageOutlined,
  PercentageOutlined,
  PhoneOutlined,
  PieChartOutlined,
  ReadOutlined,
  ProfileOutlined,
  ReconciliationOutlined,
  SettingOutlined,
  ShoppingOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { ACCESS, allows, type Role } from '@careflow/contracts';
import type { ReactNode } from 'react';
import type { Messages } from '../i18n/zh-CN';

export type NavKey = keyof Messages['menu'];

export interface NavItem {
  key: NavKey;
  path: string;
  icon: ReactNode;
  /** Shown only to these roles, the ones the page's API lets in (everyone signed in when unset). */
  roles?: readonly Role[];
}

/** Left menu entries, in display order; each page's roles are its API's (ACCESS in the contracts). */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'desk', path: '/desk', icon: <DesktopOutlined />, roles: ACCESS.tasks.work },
  // 值班大屏: the duty supervisors' live view, shown on the wall.
  { key: 'wallboard', path: '/wallboard', icon: <FundProjectionScreenOutlined />, roles: ACCESS.wallboard.read },
  { key: 'cases', path: '/cases', icon: <FileTextOutlined />, roles: ACCESS.cases.read },
  { key: 'elders', path: '/elders', icon: <TeamOutlined />, roles: ACCESS.elders.read },
  // Designing a process is editing a service type; reading one is the service-type pages.
  { key: 'processes', path: '/studio/processes', icon: <ApartmentOutlined />, roles: ACCESS.serviceTypes.edit },
  { key: 'serviceTypes', path: '/studio/service-types', icon: <ProfileOutlined />, roles: ACCESS.serviceTypes.read },
  // 决策表: analysts change the routing tables; supervisors and auditors read them.
  { key: 'decisions', path: '/studio/decisions', icon: <BranchesOutlined />, roles: ACCESS.decisions.read },
  { key: 'forms', path: '/studio/forms', icon: <FormOutlined />, roles: ACCESS.forms.read },
  // Every role reads providers; provider users see their own.
  { key: 'providers', path: '/providers', icon: <ShopOutlined /> },
  // The provider portal's orders; supervisors and admins follow every provider's.
  { key: 'dispatches', path: '/dispatches', icon: <ShoppingOutlined />, roles: ACCESS.orders.read },
  // The provider portal's 收费清单; the hotline reads it on the elder file.
  { key: 'statements', path: '/statements', icon: <ReconciliationOutlined />, roles: ['provider_admin', 'provider_staff'] },
  // 收费结算: providers' users see their own settlement; rules and month close are the bureau's.
  { key: 'settlements', path: '/billing/settlements', icon: <AccountBookOutlined />, roles: ACCESS.billing.settlements },
  { key: 'subsidyReport', path: '/billing/report', icon: <PieChartOutlined />, roles: ACCESS.billing.read },
  { key: 'billingMonths', path: '/billing/months', icon: <CalendarOutlined />, roles: ACCESS.billing.read },
  { key: 'subsidyRules', path: '/billing/rules', icon: <PercentageOutlined />, roles: ACCESS.billing.manage },
  { key: 'telephony', path: '/telephony', icon: <PhoneOutlined />, roles: ACCESS.calls.place },
  // 通话记录 and 未接来电: every call with its recording; auditors read the log, operators call back.
  { key: 'calls', path: '/calls', icon: <CustomerServiceOutlined />, roles: ACCESS.calls.read },
  // 主动关怀: the day's care calls and who was not reached; rules are the supervisors'.
  { key: 'care', path: '/care', icon: <HeartOutlined />, roles: ACCESS.care.read },
  { key: 'sms', path: '/sms', icon: <MessageOutlined />, roles: ACCESS.sms.read },
  // 知识库: agents search it; authors and reviewers write and publish it.
  { key: 'knowledge', path: '/knowledge', icon: <ReadOutlined />, roles: ACCESS.knowledge.read },
  { key: 'reports', path: '/reports', icon: <BarChartOutlined />, roles: ACCESS.reports.read },
  { key: 'audit', path: '/audit', icon: <AuditOutlined />, roles: ACCESS.audit.read },
  // Areas, dictionaries, users and groups: only admins change them (others read them where they are used).
  { key: 'admin', path: '/admin', icon: <SettingOutlined />, roles: ACCESS.users.manage },
];

/** What each role sees first; a user with several roles gets the first that matches. */
const LANDING: readonly { roles: readonly Role[]; path: string }[] = [
  { roles: ['admin', 'agent'], path: '/desk' },
  // The duty wallboard: agents, queues, alarms and cases due at a glance.
  { roles: ['supervisor'], path: '/wallboard' },
  { roles: ['analyst'], path: '/studio/service-types' },
  { roles: ['auditor'], path: '/audit' },
  { roles: ['provider_admin', 'provider_staff'], path: '/dispatches' },
  // Last: an agent who also writes articles still lands on the desk.
  { roles: ['knowledge_author', 'knowledge_reviewer'], path: '/knowledge' },
];

export const mayOpen = (roles: readonly string[], item: NavItem): boolean => !item.roles || allows(roles, item.roles);

/** Where a user lands after signing in, or on `/`. */
export function landingPath(roles: readonly string[]): string {
  return LANDING.find((landing) => allows(roles, landing.roles))?.path ?? '/providers';
}

/** The entry whose path is the longest prefix of the current pathname. */
export function activeNavItem(pathname: string): NavItem | undefined {
  return NAV_ITEMS.filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`)).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
}
