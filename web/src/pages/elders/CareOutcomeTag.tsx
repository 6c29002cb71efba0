import { Tag } from 'antd';
import type { CareOutcome } from '@careflow/contracts';
import { useTranslation } from 'react-i18next';

const COLORS: Record<CareOutcome, string> = {
  pending: 'processing',
  fine: 'green',
  visited_fine: 'green',
  needs_help: 'red',
  visit_needs_help: 'red',
  not_found: 'red',
  unreached: 'orange',
  canceled: 'default',
};

/** What a care occurrence came to, coloured: green fine, orange not reached, red needs someone. */
export function CareOutcomeTag({ outcome }: { outcome: CareOutcome }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[outcome]}>{t(`care.outcomes.${outcome}`)}</Tag>;
}
