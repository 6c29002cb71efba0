import { Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import type { ElderSummary } from '../../api/registry-types';
import { ElderStatusTag } from './ElderStatusTag';

interface Lookups {
  t: TFunction;
  areaName: (code: string) => string;
  dictLabel: (key: string, code: string | null | undefined) => string;
}

/** The flags an agent scans for among namesakes: cannot look after themselves, disability, conditions. */
function Flags({ elder, dictLabel }: { elder: ElderSummary; dictLabel: Lookups['dictLabel'] }) {
  const flags = elder.flags;
  if (!flags) return null;
  return (
    <Space size={[0, 4]} wrap>
      {flags.selfCare && flags.selfCare !== 'independent' && <Tag color="red">{dictLabel('self_care', flags.selfCare)}</Tag>}
      {flags.disabilityLevel && flags.disabilityLevel !== 'none' && <Tag color="volcano">{dictLabel('disability_level', flags.disabilityLevel)}</Tag>}
      {flags.conditions.map((c) => (
        <Tag key={c}>{c}</Tag>
      ))}
    </Space>
  );
}

export function elderColumns({ t, areaName, dictLabel }: Lookups): ColumnsType<ElderSummary> {
  return [
    { title: t('elders.fields.name'), dataIndex: 'name', render: (name: string, e) => (
        // The row opens the file too; the link is there for keyboard users and new tabs.
        <Link to={`/elders/${e.id}`} onClick={(ev) => ev.stopPropagation()}>
          {name}
        </Link>
      ) },
    { title: t('elders.fields.gender'), dataIndex: 'gender', width: 70, render: (g: ElderSummary['gender']) => t(`elders.gender.${g}`) },
    { title: t('elders.fields.age'), dataIndex: 'age', width: 70 },
    { title: t('elders.fields.phone'), dataIndex: 'phone', render: (p: string | null) => p ?? '—' },
    { title: t('elders.fields.area'), dataIndex: 'areaCode', render: areaName },
    { title: t('elders.fields.address'), dataIndex: 'address', ellipsis: true },
    { title: t('elders.fields.livingSituation'), dataIndex: 'livingSituation', render: (c: string | null | undefined) => dictLabel('living_situation', c) || '—' },
    { title: t('elders.fields.flags'), key: 'flags', render: (_, e) => <Flags elder={e} dictLabel={dictLabel} /> },
    { title: t('elders.fields.status'), dataIndex: 'status', width: 90, render: (s: ElderSummary['status']) => <ElderStatusTag status={s} /> },
  ];
}
