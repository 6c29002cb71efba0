import { useTranslation } from 'react-i18next';
import { usePermissions } from '../auth/roles';
import { TabbedPage } from '../components/TabbedPage';
import { AreasTab } from './admin/AreasTab';
import { CalendarTab } from './admin/calendar/CalendarTab';
import { DictionariesTab } from './admin/DictionariesTab';
import { GroupsTab } from './admin/GroupsTab';
import { HandoverSourcesTab } from './admin/HandoverSourcesTab';
import { UsersTab } from './admin/UsersTab';

/** 系统管理: areas and dictionaries for all; the calendar, users, groups and 转办 sources for admins (the engine answers their requests to no one else). */
export function AdminPage() {
  const { t } = useTranslation();
  const { admin } = usePermissions();
  return (
    <TabbedPage
      title={t('menu.admin')}
      tabs={[
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
  );
}
