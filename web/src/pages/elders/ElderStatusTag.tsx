import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ElderStatus } from '../../api/registry-types';

const COLORS: Record<ElderStatus, string> = { active: 'green', moved: 'orange', deceased: 'default' };

export function ElderStatusTag({ status }: { status: ElderStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`elders.status.${status}`)}</Tag>;
}
