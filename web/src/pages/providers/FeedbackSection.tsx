import { Alert, Flex, Rate, Statistic, Switch, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorText } from '../../components/errorText';
import { formatDateTime } from '../../components/dateTime';
import { useDictionaries } from '../../hooks/useDictionaries';
import { FeedbackPage, providerFeedback } from './feedbackApi';

const PAGE_SIZE = 10;
type Row = FeedbackPage['feedback'][number];

/**
 * 服务评价: the provider's rating (the mean of its latest evaluations, which ranks it when orders are
 * dispatched) and the return visits and complaints it rests on, newest first.
 */
export function FeedbackSection({ providerId }: { providerId: string }) {
  const { t } = useTranslation();
  const dictionaries = useDictionaries();
  const [page, setPage] = useState(1);
  const [complaintsOnly, setComplaintsOnly] = useState(false);
  const [data, setData] = useState<FeedbackPage | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    providerFeedback(providerId, page, PAGE_SIZE, complaintsOnly).then((d) => live && setData(d), (e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [providerId, page, complaintsOnly]);

  if (error) return <Alert type="error" showIcon message={errorText(error, t)} />;
  const standing = data?.standing;
  return (
    <Flex vertical gap={16}>
      {standing && (
        <Flex gap={32} wrap="wrap" align="center" data-testid="provider-standing">
          <Statistic title={t('providers.feedback.rating')} value={standing.rating ?? t('providers.feedback.unrated')} suffix={standing.rating !== null ? <Rate disabled allowHalf value={Math.round(standing.rating * 2) / 2} style={{ fontSize: 14 }} /> : undefined} />
          <Statistic title={t('providers.feedback.evaluations')} value={standing.evaluations} />
          <Statistic title={t('providers.feedback.complaints')} value={standing.complaints} valueStyle={standing.complaints ? { color: '#cf1322' } : undefined} />
        </Flex>
      )}
      <Typography.Text type="secondary">{t('providers.feedback.rule')}</Typography.Text>
      <Flex gap={8} align="center">
        <Switch
          size="small"
          checked={complaintsOnly}
          onChange={(on) => {
            setComplaintsOnly(on);
            setPage(1);
          }}
          aria-label={t('providers.feedback.complaintsOnly')}
        />
        <span>{t('providers.feedback.complaintsOnly')}</span>
      </Flex>
      <Table<Row>
        rowKey="id"
        size="small"
        loading={!data}
        dataSource={data?.feedback ?? []}
        scroll={{ x: true }}
        locale={{ emptyText: t('providers.feedback.none') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('providers.feedback.at'), dataIndex: 'recordedAt', render: (v: string) => formatDateTime(v) },
          { title: t('providers.feedback.case'), dataIndex: 'caseNumber', render: (v: string | null, r) => (v && r.caseId ? <Link to={`/cases/${r.caseId}`}>{v}</Link> : '—') },
          { title: t('providers.feedback.item'), dataIndex: 'serviceItemName' },
          { title: t('providers.feedback.source'), dataIndex: 'source', render: (v: Row['source']) => t(`providers.feedback.sources.${v}`) },
          { title: t('providers.feedback.satisfaction'), dataIndex: 'satisfaction', render: (v: string | null) => (v ? dictionaries.label('satisfaction', v) : '—') },
          { title: t('providers.feedback.complaint'), dataIndex: 'complaint', render: (v: boolean) => (v ? <Tag color="red">{t('providers.feedback.complaint')}</Tag> : '—') },
          { title: t('providers.feedback.score'), dataIndex: 'score' },
          { title: t('providers.feedback.note'), dataIndex: 'note', render: (v: string | null) => v ?? '—' },
          { title: t('providers.feedback.by'), dataIndex: 'recordedByName' },
        ]}
      />
    </Flex>
  );
}
