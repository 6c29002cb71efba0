import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ElderSummary } from '../../api/registry-types';
import { useAreas } from '../../hooks/useAreas';
import { useDictionaries } from '../../hooks/useDictionaries';

/** One line of the elder picker: name, age, area and the care flags the summary carries. */
export function ElderOption({ elder }: { elder: Pick<ElderSummary, 'name' | 'age' | 'areaCode' | 'flags'> }) {
  const { t } = useTranslation();
  const { fullName } = useAreas();
  const { label } = useDictionaries();
  const flags = elder.flags;
  return (
    <Space size={4} wrap>
      <Typography.Text strong>{elder.name}</Typography.Text>
      <Typography.Text type="secondary">{t('forms.widgets.elder.age', { age: elder.age })}</Typography.Text>
      <Typography.Text type="secondary">{fullName(elder.areaCode)}</Typography.Text>
      {flags?.disabilityLevel && <Tag color="orange">{label('disability_level', flags.disabilityLevel)}</Tag>}
      {flags?.selfCare && <Tag color="gold">{label('self_care', flags.selfCare)}</Tag>}
      {flags?.conditions.map((c) => <Tag key={c}>{c}</Tag>)}
    </Space>
  );
}
