import { Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { usePermissions } from '../auth/roles';
import { usePageTitle } from '../hooks/usePageTitle';
import { AreasTab } from './admin/AreasTab';
import { CalendarTab } from './admin/calendar/CalendarTab';
import { DictionariesTab } from './admin/DictionariesTab';
import { GroupsTab } from './admin/GroupsTab';
import { HandoverSourcesTab } from './admin/HandoverSourcesTab';
import { UsersTab } from './admin/UsersTab';

const TABS = ['areas', 'dictionaries', 'calendar', 'users', 'groups', 'handovers'] as const;
type TabKey = (typeof TABS)[number];
/** Tabs only admins see: the engine answers their requests to no one else. */
const ADMIN_TABS: readonly TabKey[] = ['calendar', 'users', 'groups', 'handovers'];

/** 系统管理: areas and dictionaries for all, users and groups for admins; the open tab is kept in the URL. */
export function AdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('menu.admin'));
  const { admin } = usePermissions();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const active: TabKey = TABS.find((tab) => tab === requested && (admin || !ADMIN_TABS.includes(tab))) ?? 'areas';
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('menu.admin')}
      </Typography.Title>
      <Card>
        <Tabs
          activeKey={active}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'areas', label: t('admin.tabs.areas'), children: <AreasTab /> },
            { key: 'dictionaries', label: t('admin.tabs.dictionaries'), children: <DictionariesTab /> },
            ...(admin
              ? [
                  { key: 'calendar', label: t('admin.tabs.calendar'), children: <CalendarTab /> },
                  { key: 'users', label: t('admin.tabs.users'), children: <UsersTab /> },
                  { key: 'groups', label: t('admin.tabs.groups'), children: <GroupsTab /> },
                  { key: 'handovers', label: t('handovers.tab'), children: <HandoverSourcesTab /> },
                ]
              : []),
          ]}
        />
      </Card>
    </>
  );
}
