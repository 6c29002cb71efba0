import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { actOnCarePlan, listCarePlans, type CarePlan, type CarePlanAction } from '../../api/care-plans';
import { usePermissions } from '../../auth/roles';
import { errorText } from '../../components/errorText';
import { PlanActions } from '../../components/plans/PlanActions';
import { useScheduleText } from '../../components/plans/ScheduleFields';
import { formatDateTime } from '../../components/dateTime';
import { CarePlanModal } from './CarePlanModal';
import { CareOutcomeTag } from './CareOutcomeTag';

const STATUS_COLORS = { active: 'green', paused: 'orange', ended: 'default' } as const;

/** The last occurrence that ended, and the next day any plan falls on. */
function contacts(plans: CarePlan[]) {
  const ended = plans.flatMap((p) => p.occurrences).filter((o) => o.closedAt && o.outcome !== 'canceled');
  const last = ended.sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''))[0] ?? null;
  const next = plans.flatMap((p) => (p.status === 'active' ? p.next.slice(0, 1) : [])).sort()[0] ?? null;
  return { last, next };
}

/** 主动关怀 on the elder file: the care plans, the last contact and the next one, and what each occurrence came to. */
export function ElderCarePlans({ elderId }: { elderId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const permissions = usePermissions();
  const scheduleText = useScheduleText();
  const [plans, setPlans] = useState<CarePlan[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);

  const load = useCallback(() => void listCarePlans(elderId).then((p) => (setPlans(p), setError(null)), setError), [elderId]);
  useEffect(load, [load]);

  const act = async (plan: CarePlan, action: CarePlanAction) => {
    try {
      await actOnCarePlan(plan.id, action);
      message.success(t(`care.done.${action}`));
      load();
    } catch (err) {
      message.error(errorText(err, t));
    }
  };
  const columns: ColumnsType<CarePlan> = [
    { title: t('care.fields.kind'), dataIndex: 'kind', render: (k: CarePlan['kind'], p) => <Space size={4}>{t(`care.kinds.${k}`)}{p.ruleId && <Tag>{t('care.rule')}</Tag>}</Space> },
    { title: t('care.fields.channel'), dataIndex: 'channel', render: (c: CarePlan['channel']) => t(`care.channels.${c}`) },
    { title: t('periodicNeeds.fields.schedule'), key: 'schedule', render: (_, p) => scheduleText(p.schedule, p.windowFrom, p.windowTo) },
    {
      title: t('care.fields.status'),
      dataIndex: 'status',
      render: (s: CarePlan['status'], p) => (
        <Tooltip title={p.statusReason ? t('care.statusReason', { reason: p.statusReason }) : undefined}>
          <Tag color={STATUS_COLORS[s]}>{t(`periodicNeeds.status.${s}`)}</Tag>
        </Tooltip>
      ),
    },
    { title: t('care.fields.next'), dataIndex: 'next', render: (next: string[], p) => (p.status === 'active' && next.join('、')) || '—' },
    {
      title: t('care.fields.occurrences'),
      dataIndex: 'occurrences',
      render: (list: CarePlan['occurrences']) => (
        <Space size={4} wrap>
          {list.slice(0, 5).map((o) => (
            <Link key={o.id} to={`/cases/${o.caseId}`} title={o.caseNumber ?? undefined}>
              {o.scheduledOn.slice(5)} <CareOutcomeTag outcome={o.outcome} />
            </Link>
          ))}
        </Space>
      ),
    },
    ...(permissions.manageCare
      ? [{ title: '', key: 'actions', render: (_: unknown, p: CarePlan) => <PlanActions status={p.status} confirmEnd={t('care.confirmEnd')} onAct={(action) => void act(p, action)} /> }]
      : []),
  ];
  const { last, next } = contacts(plans ?? []);

  return (
    <>
      <Flex justify="space-between" align="center" wrap="wrap" gap={8} style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={2} data-testid="care-contacts">
          <Descriptions.Item label={t('care.lastContact')}>
            {last ? (
              <Space size={4}>
                {formatDateTime(last.closedAt)} <CareOutcomeTag outcome={last.outcome} />
              </Space>
            ) : (
              t('care.none')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('care.nextContact')}>{next ?? t('care.none')}</Descriptions.Item>
        </Descriptions>
        {permissions.manageCare && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="care-plan-add">
            {t('care.add')}
          </Button>
        )}
      </Flex>
      {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <Table rowKey="id" size="small" loading={plans === null && error === null} columns={columns} dataSource={plans ?? []} pagination={false} scroll={{ x: true }} data-testid="care-plans" locale={{ emptyText: t('care.empty') }} />
      {adding && (
        <CarePlanModal
          elderId={elderId}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            message.success(t('care.done.created'));
            load();
          }}
        />
      )}
    </>
  );
}
