import { Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../hooks/usePageTitle';
import { ProviderList } from './ProviderList';
import { ServiceItemsTab } from './ServiceItemsTab';

/** Providers and the service item catalog, as two tabs; the tab is kept in the URL. */
export function ProviderListPage() {
  const { t } = useTranslation();
  usePageTitle(t('menu.providers'));
  const [params, setParams] = useSearchParams();
  const active = params.get('tab') === 'items' ? 'items' : 'providers';
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('menu.providers')}
      </Typography.Title>
      <Card>
        <Tabs
          activeKey={active}
          destroyOnHidden
          onChange={(key) => setParams(key === 'items' ? { tab: 'items' } : {}, { replace: true })}
          items={[
            { key: 'providers', label: t('providers.tabs.providers'), children: <ProviderList /> },
            { key: 'items', label: t('providers.tabs.items'), children: <ServiceItemsTab /> },
          ]}
        />
      </Card>
    </>
  );
}
