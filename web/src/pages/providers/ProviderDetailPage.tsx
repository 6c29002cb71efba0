import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { getProvider } from '../../api/providers';
import type { Provider } from '../../api/provider-types';
import { hasRole, usePermissions } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { ACCESS } from '@careflow/contracts';
import { errorText } from '../../components/errorText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { CancellationTermsSection } from './CancellationTermsSection';
import { FeedbackSection } from './FeedbackSection';
import { ProviderInfo } from './ProviderInfo';
import { ProviderItemsTable } from './ProviderItemsTable';
import { ProviderModal } from './ProviderModal';
import { ProviderStatusTag } from './ProviderStatusTag';
import { StaffSection } from './StaffSection';
import { WebhookSection } from './WebhookSection';

/** One provider: its details, areas served, items and prices, and its staff. */
export function ProviderDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { editProviders, manageProviders } = usePermissions();
  const { user } = useAuth();
  const [provider, setProvider] = useState<Provider | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  usePageTitle(provider?.name ?? t('menu.providers'));

  const load = useCallback(() => {
    setError(null);
    getProvider(id).then(setProvider, setError);
  }, [id]);
  useEffect(load, [load]);

  if (error) return <Alert type="error" showIcon message={errorText(error, t)} />;
  if (!provider) return <Spin style={{ display: 'block', margin: 48 }} />;
  const back = () => ((window.history.state as { idx?: number } | null)?.idx ? navigate(-1) : navigate('/providers'));

  return (
    <>
      <Flex justify="space-between" align="center" wrap="wrap" gap={8} style={{ marginBottom: 16 }}>
        <Space align="center">
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('common.back')} onClick={back} />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {provider.name}
          </Typography.Title>
          <ProviderStatusTag status={provider.status} />
        </Space>
        {editProviders && (
          <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        )}
      </Flex>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card title={t('providers.sections.info')}>
          <ProviderInfo provider={provider} />
        </Card>
        <Card title={t('providers.sections.items')}>
          <ProviderItemsTable items={provider.items} />
        </Card>
        <Card title={t('providers.sections.cancellation')}>
          <CancellationTermsSection provider={provider} canEdit={manageProviders} onSaved={setProvider} />
        </Card>
        {hasRole(user, ACCESS.providers.feedback) && (
          <Card title={t('providers.sections.feedback')}>
            <FeedbackSection providerId={provider.id} />
          </Card>
        )}
        <Card title={t('providers.sections.staff')}>
          <StaffSection provider={provider} />
        </Card>
        {editProviders && (
          <Card title={t('providers.sections.webhook')}>
            <WebhookSection providerId={provider.id} />
          </Card>
        )}
      </Space>
      {editing && (
        <ProviderModal
          provider={provider}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            setProvider(saved);
            message.success(t('common.saved'));
          }}
        />
      )}
    </>
  );
}
