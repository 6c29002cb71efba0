import { Alert, Button, Card, Spin, Tabs, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getServiceType, type ServiceType, type VersionSummary } from '../../api/service-types';
import { errorText } from '../../components/errorText';
import { usePermissions } from '../../auth/roles';
import { usePageTitle } from '../../hooks/usePageTitle';
import { ServiceTypeSettingsForm } from './ServiceTypeSettingsForm';
import { StepHeatTab } from './StepHeatTab';
import { TestRun } from './TestRun';
import { VersionDiff } from './VersionDiff';
import { VersionHistory } from './VersionHistory';

/** One service type: settings, version history with diff and restore, and test runs. */
export function ServiceTypePage() {
  const { key = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [data, setData] = useState<{ serviceType: ServiceType; versions: VersionSummary[] }>();
  const [error, setError] = useState<string>();
  const { editServiceTypes, readReports } = usePermissions();
  // Readers (supervisors, agents, auditors) see what runs and how it changed; editors change it.
  const [tab, setTab] = useState(editServiceTypes ? 'settings' : 'history');
  const [compare, setCompare] = useState<[number, number]>();
  const reload = useCallback(() => getServiceType(key).then(setData, (err: unknown) => setError(errorText(err, t))), [key, t]);
  useEffect(() => void reload(), [reload]);
  const type = data?.serviceType;
  usePageTitle(type ? (i18n.language === 'en' ? type.nameEn : type.nameZh) : t('menu.serviceTypes'));

  if (error) return <Alert type="error" showIcon message={error} />;
  if (!data || !type) return <Spin />;
  const openDiff = (from: number, to: number) => {
    setCompare([from, to]);
    setTab('diff');
  };

  return (
    <Card
      title={
        <span data-testid="service-type-title">
          {i18n.language === 'en' ? type.nameEn : type.nameZh} <Tag translate="no">{type.key}</Tag>
          {type.publishedVersion && <Tag color="green">v{type.publishedVersion}</Tag>}
        </span>
      }
      extra={
        editServiceTypes && (
          <Link to={`/studio/processes/${encodeURIComponent(type.key)}`} data-testid="open-designer">
            <Button type="primary">{t('serviceTypes.page.openDesigner')}</Button>
          </Link>
        )
      }
    >
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          ...(editServiceTypes ? [{ key: 'settings', label: t('serviceTypes.settings.tab'), children: <ServiceTypeSettingsForm serviceType={type} versions={data.versions} onSaved={reload} /> }] : []),
          { key: 'history', label: t('serviceTypes.history.tab'), children: <VersionHistory serviceType={type} versions={data.versions} onCompare={openDiff} onChanged={reload} readOnly={!editServiceTypes} /> },
          { key: 'diff', label: t('serviceTypes.diff.tab'), children: <VersionDiff typeKey={type.key} versions={data.versions} initial={compare} /> },
          ...(editServiceTypes ? [{ key: 'test', label: t('serviceTypes.testRun.tab'), children: <TestRun serviceType={type} versions={data.versions} /> }] : []),
          ...(readReports ? [{ key: 'heat', label: t('stepHeat.tab'), children: <StepHeatTab serviceType={type} /> }] : []),
        ]}
      />
    </Card>
  );
}
