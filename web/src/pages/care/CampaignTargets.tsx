import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { careCampaign, type CareCampaignDetail, type CareCampaignTarget } from '../../api/care-campaigns';
import { formatDateTime } from '../../components/dateTime';
import { useAreas } from '../../hooks/useAreas';
import { CareOutcomeTag } from '../elders/CareOutcomeTag';

const PAGE_SIZE = 50;
const LIVE_MS = 5_000;

/** A campaign's elders, a page at a time, each with its call's case and outcome; read again while the campaign goes on. */
export function CampaignTargets({ campaignId, live }: { campaignId: string; live: boolean }) {
  const { t } = useTranslation();
  const areaName = useAreas().fullName;
  const [page, setPage] = useState(1);
  const [data, setData] = useState<CareCampaignDetail | null>(null);
  const load = useCallback((signal?: AbortSignal) => void careCampaign(campaignId, page, PAGE_SIZE, signal).then(setData, () => undefined), [campaignId, page]);
  useEffect(() => {
    const abort = new AbortController();
    load(abort.signal);
    const timer = live ? setInterval(() => load(abort.signal), LIVE_MS) : undefined;
    return () => (clearInterval(timer), abort.abort());
  }, [load, live]);

  const columns: ColumnsType<CareCampaignTarget> = [
    { title: t('carePage.columns.elder'), dataIndex: 'elderName', render: (name: string, r) => <Link to={`/elders/${r.elderId}`}>{name}</Link> },
    { title: t('carePage.columns.area'), dataIndex: 'areaCode', render: (code: string) => areaName(code) },
    { title: t('careCampaigns.openedAt'), dataIndex: 'openedAt', render: (at: string | null) => (at ? formatDateTime(at) : '—') },
    { title: t('carePage.columns.outcome'), dataIndex: 'outcome', render: (o: CareCampaignTarget['outcome']) => (o === 'waiting' ? <Tag>{t('careCampaigns.waiting')}</Tag> : <CareOutcomeTag outcome={o} />) },
    { title: t('carePage.columns.case'), dataIndex: 'caseNumber', render: (n: string | null, r) => (r.caseId ? <Link to={`/cases/${r.caseId}`}>{n ?? '—'}</Link> : '—') },
  ];
  return (
    <Table
      rowKey="id"
      size="small"
      loading={data === null}
      columns={columns}
      dataSource={data?.targets ?? []}
      pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, hideOnSinglePage: true, onChange: setPage }}
      data-testid="campaign-targets"
    />
  );
}
