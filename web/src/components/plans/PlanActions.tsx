import { Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';

export type PlanStatus = 'active' | 'paused' | 'ended';
export type PlanAction = 'pause' | 'resume' | 'end';
const ACTIONS: Record<PlanStatus, PlanAction[]> = { active: ['pause', 'end'], paused: ['resume', 'end'], ended: [] };

/** Pause, resume and end (with a confirmation: ending is for good) for a standing plan. */
export function PlanActions({ status, confirmEnd, onAct }: { status: PlanStatus; confirmEnd: string; onAct: (action: PlanAction) => void }) {
  const { t } = useTranslation();
  return (
    <Space>
      {ACTIONS[status].map((action) =>
        action === 'end' ? (
          <Popconfirm key={action} title={confirmEnd} onConfirm={() => onAct(action)}>
            <Button size="small" danger>
              {t('periodicNeeds.actions.end')}
            </Button>
          </Popconfirm>
        ) : (
          <Button key={action} size="small" onClick={() => onAct(action)}>
            {t(`periodicNeeds.actions.${action}`)}
          </Button>
        ),
      )}
    </Space>
  );
}
