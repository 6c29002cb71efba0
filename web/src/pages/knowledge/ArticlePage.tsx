import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Result, Row, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { getArticle, listVersions, type KnowledgeAnswer, type KnowledgeVersion } from '../../api/knowledge';
import { errorText } from '../../components/errorText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { ArticleActions } from './ArticleActions';
import { ArticleStatusTags } from './ArticleStatusTags';
import { RatingButtons } from './RatingButtons';
import { useKnowledgeRoles } from './useKnowledgeRoles';
import { VersionHistory } from './VersionHistory';
import { VersionView } from './VersionView';

/**
 * One article: its published version (or, before that, its newest), a warning when it is expired,
 * withdrawn or an old version is open, the version history, rating for agents and the writers' and
 * reviewers' steps. `?version=N` opens any version read-only.
 */
export function ArticlePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const roles = useKnowledgeRoles();
  const [params, setParams] = useSearchParams();
  const [answer, setAnswer] = useState<KnowledgeAnswer | null>(null);
  const [versions, setVersions] = useState<KnowledgeVersion[]>([]);
  const [error, setError] = useState<unknown>(null);
  usePageTitle(answer?.article.title ?? t('menu.knowledge'));

  const load = useCallback(
    (signal?: AbortSignal) =>
      Promise.all([getArticle(id, signal), listVersions(id, signal)]).then(
        ([a, v]) => (setAnswer(a), setVersions(v), setError(null)),
        (err: unknown) => !signal?.aborted && setError(err),
      ),
    [id],
  );
  useEffect(() => {
    const abort = new AbortController();
    void load(abort.signal);
    return () => abort.abort();
  }, [load]);

  if (error && !answer) return <Result status="warning" title={errorText(error, t)} extra={<Button onClick={() => navigate('/knowledge')}>{t('common.back')}</Button>} />;
  if (!answer) return <Spin />;

  const { article, published, latest } = answer;
  const asked = Number(params.get('version')) || null;
  const shown = (asked && versions.find((v) => v.version === asked)) || published || latest;
  const open = (version: number) => setParams(version === (published ?? latest).version ? {} : { version: String(version) });
  const pending = latest.version !== published?.version && (roles.write || roles.review) ? latest : null;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="knowledge-title">
            {shown.title}
          </Typography.Title>
          <ArticleStatusTags article={article} />
          <Typography.Text type="secondary">{t('knowledge.article.version', { version: shown.version })}</Typography.Text>
        </Space>
        <ArticleActions answer={answer} onChanged={() => void load()} />
      </Space>
      {article.status === 'expired' && <Alert type="warning" showIcon message={t('knowledge.article.expired')} />}
      {article.status === 'withdrawn' && <Alert type="error" showIcon message={t('knowledge.article.withdrawn')} />}
      {!published && <Alert type="info" showIcon message={t('knowledge.article.unpublished')} />}
      {shown.status === 'superseded' && (
        <Alert type="warning" showIcon data-testid="knowledge-superseded" message={t('knowledge.article.superseded')} action={<Button size="small" onClick={() => open((published ?? latest).version)}>{t('knowledge.article.viewCurrent')}</Button>} />
      )}
      {pending?.status === 'draft' && pending.reviewNote && shown.version !== pending.version && (
        <Alert type="warning" showIcon data-testid="knowledge-pending-note" message={`${t('knowledge.article.reviewNote')}：${pending.reviewNote}`} description={pending.reviewedByName ? t('knowledge.article.reviewedBy', { name: pending.reviewedByName }) : undefined} />
      )}
      {pending && published && shown.version !== pending.version && (
        <Alert
          type="info"
          showIcon
          message={pending.status === 'review' ? t('knowledge.article.inReview', { version: pending.version }) : t('knowledge.article.draftPending', { version: pending.version })}
          action={<Button size="small" onClick={() => open(pending.version)}>{t('knowledge.article.open')}</Button>}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          <Card>
            <VersionView version={shown} />
            {roles.rate && published && shown.version === published.version && (
              <div style={{ marginTop: 16 }}>
                <RatingButtons key={article.id} articleId={article.id} useful={article.useful} notUseful={article.notUseful} />
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <VersionHistory versions={versions} shown={shown.version} onOpen={open} />
          <div style={{ marginTop: 8 }}>
            <Link to="/knowledge">{t('menu.knowledge')}</Link>
          </div>
        </Col>
      </Row>
    </Space>
  );
}
