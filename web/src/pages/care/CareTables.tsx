import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CareOverviewData } from '../../api/care-plans';
import { formatDateTime } from '../../components/dateTime';
import { useAreas } from '../../hooks/useAreas';
import { CareOutcomeTag } from '../elders/CareOutcomeTag';

type DayRow = CareOverviewData['day'][number];
type NotReachedRow = CareOverviewData['notReached'][number];
type AreaRow = CareOverviewData['byArea'][number];

const useAreaName = () => useAreas().fullName;

/** The day's occurrences: whom, how, when due, how many tries, and what came of it. */
export function CareDayTable({ rows, loading }: { rows: DayRow[]; loading: boolean }) {
  const { t } = useTranslation();
  const areaName = useAreaName();
  const columns: ColumnsType<DayRow> = [
    { title: t('carePage.columns.elder'), dataIndex: 'elderName', render: (name: string, r) => <Link to={`/elders/${r.elderId}`}>{name}</Link> },
    { title: t('carePage.columns.area'), dataIndex: 'areaCode', render: (code: string) => areaName(code) },
    { title: t('care.fields.kind'), dataIndex: 'kind', render: (k: DayRow['kind']) => t(`care.kinds.${k}`) },
    { title: t('care.fields.channel'), dataIndex: 'channel', render: (c: DayRow['channel']) => t(`care.channels.${c}`) },
    { title: t('carePage.columns.dueAt'), dataIndex: 'dueAt', render: (at: string) => formatDateTime(at) },
    { title: t('carePage.columns.tries'), dataIndex: 'tries' },
    {
      title: t('carePage.columns.outcome'),
      dataIndex: 'outcome',
      render: (o: DayRow['outcome'], r) => (
        <>
          {r.escalating ? <Tag color="volcano">{t('carePage.escalating')}</Tag> : <CareOutcomeTag outcome={o} />}
          {r.unreached && <Tag color="orange">{t('carePage.counts.unanswered')}</Tag>}
        </>
      ),
    },
    { title: t('carePage.columns.case'), dataIndex: 'caseNumber', render: (n: string | null, r) => <Link to={`/cases/${r.caseId}`}>{n ?? '—'}</Link> },
  ];
  return <Table rowKey="occurrenceId" size="small" loading={loading} columns={columns} dataSource={rows} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: true }} data-testid="care-day" locale={{ emptyText: t('carePage.noneToday') }} />;
}

/** Elders with active plans not reached for longer than the chosen days, longest first. */
export function CareNotReached({ rows }: { rows: NotReachedRow[] }) {
  const { t } = useTranslation();
  const areaName = useAreaName();
  const columns: ColumnsType<NotReachedRow> = [
    { title: t('carePage.columns.elder'), dataIndex: 'elderName', render: (name: string, r) => <Link to={`/elders/${r.elderId}`}>{name}</Link> },
    { title: t('carePage.columns.area'), dataIndex: 'areaCode', render: (code: string) => areaName(code) },
    { title: t('carePage.columns.lastReached'), dataIndex: 'lastReachedAt', render: (at: string | null) => (at ? formatDateTime(at) : t('care.none')) },
    { title: t('carePage.columns.activePlans'), dataIndex: 'activePlans' },
  ];
  return <Table rowKey="elderId" size="small" columns={columns} dataSource={rows} pagination={{ pageSize: 50, hideOnSinglePage: true }} data-testid="care-not-reached" />;
}

/** Active plans counted by area and kind. */
export function CareByArea({ rows }: { rows: AreaRow[] }) {
  const { t } = useTranslation();
  const areaName = useAreaName();
  const columns: ColumnsType<AreaRow> = [
    { title: t('carePage.columns.area'), dataIndex: 'areaCode', render: (code: string) => areaName(code) },
    { title: t('care.fields.kind'), dataIndex: 'kind', render: (k: AreaRow['kind']) => t(`care.kinds.${k}`) },
    { title: t('carePage.columns.plans'), dataIndex: 'plans' },
  ];
  return <Table rowKey={(r) => `${r.areaCode}/${r.kind}`} size="small" columns={columns} dataSource={rows} pagination={false} data-testid="care-by-area" />;
}
