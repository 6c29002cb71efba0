import { Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Provider } from '../../api/provider-types';
import { useAreas } from '../../hooks/useAreas';

export function ProviderInfo({ provider: p }: { provider: Provider }) {
  const { t } = useTranslation();
  const areas = useAreas();
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'creditCode', label: t('providers.fields.creditCode'), children: p.creditCode },
        { key: 'nature', label: t('providers.fields.nature'), children: t(`providers.nature.${p.nature}`) },
        { key: 'contact', label: t('providers.fields.contactName'), children: p.contactName },
        { key: 'phone', label: t('providers.fields.contactPhone'), children: p.contactPhone },
        { key: 'address', label: t('providers.fields.address'), children: p.address, span: 2 },
        { key: 'contract', label: t('providers.fields.contract'), children: `${p.contractFrom} ~ ${p.contractTo}` },
        { key: 'capacity', label: t('providers.fields.capacity'), children: p.capacity },
        { key: 'rating', label: t('providers.fields.rating'), children: p.rating ?? '—' },
        {
          key: 'areas',
          label: t('providers.fields.areas'),
          span: 2,
          children: (
            <Space size={[0, 4]} wrap>
              {p.areas.map((code) => (
                <Tag key={code}>{areas.fullName(code)}</Tag>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}
