import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Popconfirm, Progress, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actOnCareCampaign, listCareCampaigns, type CareCampaign, type CareCampaignAction } from '../../api/care-campaigns';
import { usePermissions } from '../../auth/roles';
import { formatDateTime } from '../../components/dateTime';
import { errorText } from '../../components/errorText';
import { CampaignModal } from './CampaignModal';
import { CampaignTargets } from './CampaignTargets';

/** While a campaign runs its progress is read again this often: calls open each minute and end as elders answer. */
const LIVE_MS = 5_000;
const STATUS_COLORS: Record<CareCampaign['status'], string> = { draft: 'default', running: 'processing', paused: 'warning', done: 'success', canceled: 'default' };
const ACTIONS: Record<CareCampaign['status'], CareCampaignAction[]> = { draft: ['pause', 'cancel'], running: ['pause', 'cancel'], paused: ['resume', 'cancel'], done: [], canceled: [] };
const going = (c: CareCampaign) => c.status === 'running' || c.status === 'draft' || c.counts.pending > 0;

/** 关怀活动: one-off care calls to a filtered list, with live progress; admins and supervisors make and steer them. */
export function CareCampaigns() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { manageCareRules } = usePermissions();
  const [campaigns, setCampaigns] = useState<CareCampaign[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);
  const load = useCallback((signal?: AbortSignal) => void listCareCampaigns(signal).then((c) => (setCampaigns(c), setError(null)), (err: unknown) => signal?.aborted || setError(err)), []);
  useEffect(() => load(), [load]);
  // Polled only while one is under way: a finished list does not change by itself.
  const live = campaigns?.some(going) ?? false;
  useEffect(() => {
    if (!live) return;
    const abort = new AbortController();
    const timer = setInterval(() => load(abort.signal), LIVE_MS);
    return () => (clearInterval(timer), abort.abort());
  }, [live, load]);

  const act = async (campaign: CareCampaign, action: CareCampaignAction) => {
    try {
      await actOnCareCampaign(campaign.id, action);
      load();
    } catch (err) {
      message.error(errorText(err, t));
    }
  };
  const actionButton = (c: CareCampaign, action: CareCampaignAction) =>
    action === 'cancel' ? (
      <Popconfirm key={action} title={t('careCampaigns.confirmCancel')} onConfirm={() => void act(c, action)}>
        <Button size="small" danger data-testid={`campaign-${action}`}>
          {t(`careCampaigns.actions.${action}`)}
        </Button>
      </Popconfirm>
    ) : (
      <Button key={action} size="small" onClick={() => void act(c, action)} data-testid={`campaign-${action}`}>
        {t(`careCampaigns.actions.${action}`)}
      </Button>
    );
  const columns: ColumnsType<CareCampaign> = [
    { title: t('careCampaigns.name'), dataIndex: 'name' },
    { title: t('careCampaigns.channel'), dataIndex: 'channel', render: (c: CareCampaign['channel']) => t(`careCampaigns.channels.${c}`) },
    { title: t('careCampaigns.startAt'), dataIndex: 'startAt', render: (at: string) => formatDateTime(at) },
    { title: t('careCampaigns.callsPerMinute'), dataIndex: 'callsPerMinute' },
    { title: t('careCampaigns.status'), dataIndex: 'status', render: (s: CareCampaign['status']) => <Tag color={STATUS_COLORS[s]}>{t(`careCampaigns.statuses.${s}`)}</Tag> },
    {
      title: t('careCampaigns.progress'),
      key: 'progress',
      render: (_, c) => (
        <Space direction="vertical" size={0} data-testid="campaign-progress">
          <Progress size="small" percent={c.counts.targets ? Math.round((100 * (c.counts.opened + c.counts.canceled - c.counts.pending)) / c.counts.targets) : 0} style={{ width: 160 }} />
          <span>
            {(['targets', 'opened', 'pending', 'fine', 'needsHelp', 'escalated', 'canceled'] as const).map((k) => `${t(`careCampaigns.counts.${k}`)} ${c.counts[k]}`).join(' · ')}
          </span>
        </Space>
      ),
    },
    ...(manageCareRules ? [{ title: '', key: 'actions', render: (_: unknown, c: CareCampaign) => <Space>{ACTIONS[c.status].map((a) => actionButton(c, a))}</Space> }] : []),
  ];
  return (
    <>
      {manageCareRules && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="care-campaign-add">
            {t('careCampaigns.add')}
          </Button>
        </Flex>
      )}
      {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <Table
        rowKey="id"
        size="small"
        loading={campaigns === null && error === null}
        columns={columns}
        dataSource={campaigns ?? []}
        pagination={false}
        scroll={{ x: true }}
        expandable={{ expandedRowRender: (c) => <CampaignTargets campaignId={c.id} live={going(c)} /> }}
        locale={{ emptyText: t('careCampaigns.empty') }}
        data-testid="care-campaigns"
      />
      {adding && (
        <CampaignModal
          onClose={() => setAdding(false)}
          onSaved={(c) => {
            setAdding(false);
            message.success(t('careCampaigns.created', { count: c.counts.targets }));
            load();
          }}
        />
      )}
    </>
  );
}
