import { ArrowLeftOutlined, EditOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Space, Spin, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { getElder, isElderFile } from '../../api/elders';
import type { ElderDetail } from '../../api/registry-types';
import { usePermissions } from '../../auth/roles';
import { errorText } from '../../components/errorText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { ElderBasicInfo } from './ElderBasicInfo';
import { ElderHealth } from './ElderHealth';
import { ElderCarePlans } from './ElderCarePlans';
import { ElderPeriodicNeeds } from './ElderPeriodicNeeds';
import { ElderRelatives, ElderTerminals } from './ElderRelatives';
import { ElderStatusHistory } from './ElderStatusHistory';
import { ElderStatusTag } from './ElderStatusTag';
import { ElderStatement } from './ElderStatement';
import { StatusChangeModal } from './StatusChangeModal';

/** One elder file, as much of it as the user's role may see (the API decides). */
export function ElderDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const permissions = usePermissions();
  const [elder, setElder] = useState<ElderDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [statusOpen, setStatusOpen] = useState(false);
  usePageTitle(elder?.name ?? t('menu.elders'));

  const load = useCallback(() => {
    setError(null);
    getElder(id).then(setElder, setError);
  }, [id]);
  useEffect(load, [load]);

  // Back to the list as the user left it (its filters are in the URL), or to the list itself.
  const back = () => ((window.history.state as { idx?: number } | null)?.idx ? navigate(-1) : navigate('/elders'));

  if (error instanceof ApiError && error.status === 404) {
    return <Result status="404" title={t('elders.notFound')} extra={<Button onClick={() => navigate('/elders')}>{t('common.back')}</Button>} />;
  }
  if (error) return <Alert type="error" showIcon message={errorText(error, t)} />;
  if (!elder) return <Spin style={{ display: 'block', margin: 48 }} />;

  const file = isElderFile(elder) ? elder : null;
  const tabs = [
    { key: 'basic', label: t('elders.tabs.basic'), children: <ElderBasicInfo elder={elder} /> },
    // Masked roles get health as null and providers none at all: the tab is then left out.
    file?.health ? { key: 'health', label: t('elders.tabs.health'), children: <ElderHealth health={file.health} /> } : null,
    file ? { key: 'relatives', label: t('elders.tabs.relatives'), children: <ElderRelatives relatives={file.relatives} /> } : null,
    file ? { key: 'terminals', label: t('elders.tabs.terminals'), children: <ElderTerminals terminals={file.terminals} /> } : null,
    permissions.readPeriodicNeeds && file ? { key: 'needs', label: t('periodicNeeds.tab'), children: <ElderPeriodicNeeds elderId={elder.id} /> } : null,
    permissions.readCare && file ? { key: 'care', label: t('care.tab'), children: <ElderCarePlans elderId={elder.id} /> } : null,
    permissions.readBilling ? { key: 'statement', label: t('elders.tabs.statement'), children: <ElderStatement elderId={elder.id} relatives={file?.relatives} /> } : null,
    permissions.readStatusHistory ? { key: 'history', label: t('elders.tabs.history'), children: <ElderStatusHistory elderId={elder.id} version={file?.version} /> } : null,
  ].filter((tab) => tab !== null);

  return (
    <>
      <Flex justify="space-between" align="center" wrap="wrap" gap={8} style={{ marginBottom: 16 }}>
        <Space align="center">
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('common.back')} onClick={back} />
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="elder-name">
            {elder.name}
          </Typography.Title>
          <ElderStatusTag status={elder.status} />
        </Space>
        {permissions.editElders && file && (
          <Space>
            <Button icon={<SwapOutlined />} onClick={() => setStatusOpen(true)}>
              {t('elders.changeStatus')}
            </Button>
            <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/elders/${elder.id}/edit`)} data-testid="elder-edit">
              {t('common.edit')}
            </Button>
          </Space>
        )}
      </Flex>
      <Card>
        <Tabs items={tabs} />
      </Card>
      <StatusChangeModal
        elderId={elder.id}
        current={elder.status}
        open={statusOpen}
        onClose={() => setStatusOpen(false)}
        onChanged={() => {
          setStatusOpen(false);
          load();
        }}
      />
    </>
  );
}
