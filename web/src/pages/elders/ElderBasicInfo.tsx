import { Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Contact, ElderDetail } from '../../api/registry-types';
import { useAreas } from '../../hooks/useAreas';
import { useDictionaries } from '../../hooks/useDictionaries';
import { PhoneList } from './phoneText';

const contactText = (c: Contact | null | undefined) => (c ? [c.name, c.phone, c.place].filter(Boolean).join(' · ') : '—');

/** Basic information; fields a role may not see are absent from the answer and left out here. */
export function ElderBasicInfo({ elder }: { elder: ElderDetail }) {
  const { t } = useTranslation();
  const areas = useAreas();
  const dict = useDictionaries();
  const items = [
    { key: 'name', label: t('elders.fields.name'), children: elder.name },
    { key: 'gender', label: t('elders.fields.gender'), children: t(`elders.gender.${elder.gender}`) },
    { key: 'age', label: t('elders.fields.age'), children: 'birthDate' in elder ? `${elder.age}（${elder.birthDate}）` : elder.age },
    'idCard' in elder && { key: 'idCard', label: t('elders.fields.idCard'), children: <span data-testid="elder-id-card">{elder.idCard ?? '—'}</span> },
    'phones' in elder ? { key: 'phones', label: t('elders.fields.phones'), children: <PhoneList phones={elder.phones} /> } : { key: 'phone', label: t('elders.fields.phone'), children: elder.phone ?? '—' },
    { key: 'area', label: t('elders.fields.area'), children: areas.fullName(elder.areaCode) },
    { key: 'address', label: t('elders.fields.address'), children: elder.address, span: 2 },
    'livingSituation' in elder && { key: 'living', label: t('elders.fields.livingSituation'), children: dict.label('living_situation', elder.livingSituation) || '—' },
    'subsidyCategory' in elder && { key: 'subsidy', label: t('elders.fields.subsidyCategory'), children: dict.label('subsidy_category', elder.subsidyCategory) || '—' },
    'doctor' in elder && { key: 'doctor', label: t('elders.fields.doctor'), children: contactText(elder.doctor) },
    'communityWorker' in elder && { key: 'worker', label: t('elders.fields.communityWorker'), children: contactText(elder.communityWorker) },
    'interests' in elder && {
      key: 'interests',
      label: t('elders.fields.interests'),
      children: elder.interests.length ? <Space size={[0, 4]} wrap>{elder.interests.map((i) => <Tag key={i}>{i}</Tag>)}</Space> : '—',
    },
    'serviceNotes' in elder && { key: 'serviceNotes', label: t('elders.fields.serviceNotes'), children: elder.serviceNotes || '—', span: 2 },
    'notes' in elder && { key: 'notes', label: t('elders.fields.notes'), children: elder.notes || '—', span: 2 },
  ].filter((item) => !!item);
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />;
}
