import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { actOnPeriodicNeed, listPeriodicNeeds, type NeedAction, type PeriodicNeed } from '../../api/periodic-needs';
import { PlanActions } from '../../components/plans/PlanActions';
import { useScheduleText } from '../../components/plans/ScheduleFields';
import { listServiceItems } from '../../api/providers';
import { usePermissions } from '../../auth/roles';
import { errorText } from '../../components/errorText';
import { PeriodicNeedModal } from './PeriodicNeedModal';

const STATUS_COLORS = { active: 'green', paused: 'orange', ended: 'default' } as const;

/** 周期性需求 on the elder file: the standing household plans, their next visits and the orders they opened. */
export function ElderPeriodicNeeds({ elderId }: { elderId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const permissions = usePermissions();
  const [needs, setNeeds] = useState<PeriodicNeed[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);
  const [itemNames, setItemNames] = useState<Record<string, string>>({});
  useEffect(() => void listServiceItems().then((items) => setItemNames(Object.fromEntries(items.map((i) => [i.code, `${i.name}（${i.unit}）`]))), () => undefined), []);

  const load = useCallback(() => void listPeriodicNeeds(elderId).then((n) => (setNeeds(n), setError(null)), setError), [elderId]);
  useEffect(load, [load]);

  const act = async (need: PeriodicNeed, action: NeedAction) => {
    try {
      await actOnPeriodicNeed(need.id, action);
      message.success(t(`periodicNeeds.done.${action}`));
      load();
    } catch (err) {
      message.error(errorText(err, t));
    }
  };
  const scheduleText = useScheduleText();
  const columns: ColumnsType<PeriodicNeed> = [
    { title: t('periodicNeeds.fields.items'), key: 'items', render: (_, n) => n.items.map((i) => `${itemNames[i.code] ?? i.code} × ${i.quantity}`).join('，') },
    { title: t('periodicNeeds.fields.schedule'), key: 'schedule', render: (_, n) => scheduleText(n.schedule, n.windowFrom, n.windowTo) },
    { title: t('periodicNeeds.fields.holidays'), dataIndex: 'holidays', render: (h: PeriodicNeed['holidays']) => t(`periodicNeeds.holidays.${h}`) },
    { title: t('periodicNeeds.fields.status'), dataIndex: 'status', render: (s: PeriodicNeed['status']) => <Tag color={STATUS_COLORS[s]}>{t(`periodicNeeds.status.${s}`)}</Tag> },
    { title: t('periodicNeeds.fields.next'), dataIndex: 'next', render: (next: string[]) => next.join('、') || '—' },
    {
      title: t('periodicNeeds.fields.occurrences'),
      dataIndex: 'occurrences',
      render: (list: PeriodicNeed['occurrences']) => (
        <Space size={4} wrap>
          {list.slice(0, 5).map((o) => (
            <Link key={o.scheduledOn} to={`/cases/${o.caseId}`} title={o.serviceOn}>
              {o.caseNumber ?? o.serviceOn}
            </Link>
          ))}
        </Space>
      ),
    },
    ...(permissions.managePeriodicNeeds
      ? [
          {
            title: '',
            key: 'actions',
            render: (_: unknown, n: PeriodicNeed) => <PlanActions status={n.status} confirmEnd={t('periodicNeeds.confirmEnd')} onAct={(action) => void act(n, action)} />,
          },
        ]
      : []),
  ];

  return (
    <>
      {permissions.managePeriodicNeeds && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="periodic-need-add">
            {t('periodicNeeds.add')}
          </Button>
        </Flex>
      )}
      {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <Table rowKey="id" size="small" loading={needs === null && error === null} columns={columns} dataSource={needs ?? []} pagination={false} scroll={{ x: true }} data-testid="periodic-needs" locale={{ emptyText: t('periodicNeeds.empty') }} />
      {adding && (
        <PeriodicNeedModal
          elderId={elderId}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            message.success(t('periodicNeeds.done.created'));
            load();
          }}
        />
      )}
    </>
  );
}
