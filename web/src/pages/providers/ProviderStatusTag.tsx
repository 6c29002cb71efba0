import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProviderStatus, StaffStatus } from '../../api/provider-types';

const PROVIDER_COLORS: Record<ProviderStatus, string> = { active: 'green', suspended: 'orange', terminated: 'default' };
const STAFF_COLORS: Record<StaffStatus, string> = { active: 'green', on_leave: 'orange', left: 'default' };

export function ProviderStatusTag({ status }: { status: ProviderStatus }) {
  const { t } = useTranslation();
  return <Tag color={PROVIDER_COLORS[status]}>{t(`providers.status.${status}`)}</Tag>;
}

export function StaffStatusTag({ status }: { status: StaffStatus }) {
  const { t } = useTranslation();
  return <Tag color={STAFF_COLORS[status]}>{t(`providers.staffStatus.${status}`)}</Tag>;
}
