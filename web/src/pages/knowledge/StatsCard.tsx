import { Alert, Card, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { knowledgeStats, type KnowledgeStats } from '../../api/knowledge';
import { errorText } from '../../components/errorText';

type Row = KnowledgeStats['articles'][number];

/** 本月最常用: the month's most used articles with what agents thought of them (writers and reviewers). */
export function StatsCard() {
  const { t } = useTranslation();
  const [stats, setStats] = useState<KnowledgeStats | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const abort = new AbortController();
    knowledgeStats(undefined, abort.signal).then(setStats, (err: unknown) => !abort.signal.aborted && setError(err));
    return () => abort.abort();
  }, []);
  return (
    <Card title={stats ? `${t('knowledge.stats.title')}（${stats.month}）` : t('knowledge.stats.title')} data-testid="knowledge-stats" size="small">
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={!stats && !error}
        dataSource={stats?.articles ?? []}
        pagination={false}
        locale={{ emptyText: t('knowledge.stats.empty') }}
        columns={[
          { key: 'title', title: t('knowledge.list.title'), render: (_, a) => <Link to={`/knowledge/articles/${a.id}`}>{a.title}</Link> },
          { key: 'uses', title: t('knowledge.stats.uses'), dataIndex: 'uses', align: 'right' },
          { key: 'useful', title: t('knowledge.stats.useful'), dataIndex: 'useful', align: 'right' },
          { key: 'notUseful', title: t('knowledge.stats.notUseful'), dataIndex: 'notUseful', align: 'right' },
        ]}
      />
    </Card>
  );
}
