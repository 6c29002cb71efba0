import { Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Health } from '../../api/registry-types';
import { useDictionaries } from '../../hooks/useDictionaries';

export function ElderHealth({ health }: { health: Health }) {
  const { t } = useTranslation();
  const dict = useDictionaries();
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={[
        { key: 'conditions', label: t('elders.fields.conditions'), children: health.conditions.length ? <Space size={[0, 4]} wrap>{health.conditions.map((c) => <Tag key={c}>{c}</Tag>)}</Space> : '—' },
        { key: 'disability', label: t('elders.fields.disabilityLevel'), children: dict.label('disability_level', health.disabilityLevel) || '—' },
        { key: 'selfCare', label: t('elders.fields.selfCare'), children: dict.label('self_care', health.selfCare) || '—' },
        { key: 'history', label: t('elders.fields.history'), children: health.history || '—' },
        { key: 'allergies', label: t('elders.fields.allergies'), children: health.allergies || '—' },
        { key: 'medications', label: t('elders.fields.medications'), children: health.medications || '—' },
      ]}
    />
  );
}
