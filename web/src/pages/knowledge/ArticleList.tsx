import { Alert, Select, Space, Switch, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { KNOWLEDGE_ARTICLE_STATUSES, listArticles, type KnowledgeArticle, type KnowledgeArticleStatus } from '../../api/knowledge';
import { formatDateTime } from '../../components/dateTime';
import { errorText } from '../../components/errorText';
import { ArticleStatusTags } from './ArticleStatusTags';
import { ImportExportBar } from './import/ImportExportBar';
import { VERSION_COLORS } from './articleStatus';
import { useCategoryLabel } from './useCategoryLabel';

/** drafts: newest version a draft (the author's own, or everyone's with proposals from cases); all: every article by status; review: versions waiting for a reviewer. */
export type ListMode = 'drafts' | 'all' | 'review';

const PAGE_SIZE = 20;

export function ArticleList({ mode }: { mode: ListMode }) {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  const [status, setStatus] = useState<KnowledgeArticleStatus | undefined>();
  const [page, setPage] = useState(1);
  const [onlyMine, setOnlyMine] = useState(true);
  const [rows, setRows] = useState<KnowledgeArticle[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    setLoading(true);
    const query = { page, pageSize: PAGE_SIZE, status: mode === 'all' ? status : undefined, inReview: mode === 'review', drafts: mode === 'drafts' ? (onlyMine ? 'mine' : 'all') : undefined } as const;
    listArticles(query, abort.signal).then(
      (answer) => {
        setRows(answer.articles);
        setTotal(answer.total);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (abort.signal.aborted) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => abort.abort();
  }, [mode, status, page, onlyMine, reloads]);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {mode !== 'review' && <ImportExportBar filter={mode === 'all' ? { status } : { drafts: onlyMine ? 'mine' : 'all' }} onImported={() => setReloads((n) => n + 1)} />}
      {mode === 'all' && (
        <Select<KnowledgeArticleStatus>
          allowClear
          placeholder={t('knowledge.list.anyStatus')}
          value={status}
          onChange={(v) => (setStatus(v), setPage(1))}
          options={KNOWLEDGE_ARTICLE_STATUSES.map((s) => ({ value: s, label: t(`knowledge.articleStatus.${s}`) }))}
          style={{ width: 160 }}
        />
      )}
      {mode === 'drafts' && (
        <Space>
          <Switch checked={onlyMine} onChange={(v) => (setOnlyMine(v), setPage(1))} data-testid="knowledge-drafts-mine" />
          {t('knowledge.list.onlyMine')}
        </Space>
      )}
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
      <Table<KnowledgeArticle>
        data-testid={`knowledge-list-${mode}`}
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={rows}
        locale={{ emptyText: t('knowledge.list.empty') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total, onChange: setPage, showTotal: (count) => t('common.total', { count }) }}
        columns={[
          { key: 'title', title: t('knowledge.list.title'), render: (_, a) => <Link to={`/knowledge/articles/${a.id}`}>{a.title}</Link> },
          { key: 'category', title: t('knowledge.list.category'), render: (_, a) => categoryLabel(a.category) },
          { key: 'status', title: t('knowledge.list.status'), render: (_, a) => <ArticleStatusTags article={a} /> },
          {
            key: 'latest',
            title: t('knowledge.list.latest'),
            render: (_, a) => <Tag color={VERSION_COLORS[a.latestStatus]}>{t('knowledge.article.latestTitle', { version: a.latestVersion, status: t(`knowledge.versionStatus.${a.latestStatus}`) })}</Tag>,
          },
          { key: 'rating', title: t('knowledge.list.rating'), render: (_, a) => `${a.useful} / ${a.notUseful}` },
          { key: 'updatedAt', title: t('knowledge.list.updatedAt'), render: (_, a) => formatDateTime(a.updatedAt) },
        ]}
      />
    </Space>
  );
}
