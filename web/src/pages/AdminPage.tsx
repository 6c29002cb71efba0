import { Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../hooks/usePageTitle';
import { AreasTab } from './admin/AreasTab';
import { DictionariesTab } from './admin/DictionariesTab';

const TABS = ['areas', 'dictionaries'] as const;
type TabKey = (typeof TABS)[number];

/** 系统管理: the area tree and the dictionaries; the open tab is kept in the URL. */
export function AdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('menu.admin'));
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const active: TabKey = TABS.find((tab) => tab === requested) ?? 'areas';
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
          ]}
        />
      </Card>
    </>
  );
}
