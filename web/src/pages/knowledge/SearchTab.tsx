import { Alert, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { searchKnowledge, type KnowledgeHit } from '../../api/knowledge';
import { AreaTreeSelect } from '../../components/AreaTreeSelect';
import { DictSelect } from '../../components/DictSelect';
import { errorText } from '../../components/errorText';
import { Highlighted } from '../../components/Highlighted';
import { CATEGORY_DICT, useCategoryLabel } from './useCategoryLabel';

/** 知识检索: the caller's question in their words; ranked articles with the matched words marked and the short answer to copy. */
export function SearchTab() {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  // The question lives in the URL so going back from an article shows the same results.
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const category = params.get('category') ?? undefined;
  const area = params.get('area') ?? undefined;
  const [text, setText] = useState(q);
  const [hits, setHits] = useState<KnowledgeHit[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const change = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged, { replace: true });
  };

  useEffect(() => {
    if (!q.trim()) return setHits(null);
    const abort = new AbortController();
    setLoading(true);
    setError(null);
    searchKnowledge({ q, category, area, limit: 20 }, abort.signal).then(
      (found) => (setHits(found), setLoading(false)),
      (err: unknown) => {
        if (abort.signal.aborted) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => abort.abort();
  }, [q, category, area]);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%' }}>
        <Input.Search
          data-testid="knowledge-search"
          placeholder={t('knowledge.search.placeholder')}
          enterButton={t('knowledge.search.submit')}
          allowClear
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(value) => change({ q: value.trim() || undefined })}
          style={{ width: 520 }}
        />
        <DictSelect dict={CATEGORY_DICT} placeholder={t('knowledge.search.category')} value={category} onChange={(v) => change({ category: v })} style={{ width: 180 }} />
        <AreaTreeSelect placeholder={t('knowledge.search.area')} value={area} onChange={(v) => change({ area: typeof v === 'string' ? v : undefined })} style={{ width: 220 }} />
      </Space>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
      {hits === null ? (
        <Typography.Text type="secondary">{t('knowledge.search.prompt')}</Typography.Text>
      ) : (
        <List
          data-testid="knowledge-hits"
          loading={loading}
          dataSource={hits}
          locale={{ emptyText: <Empty description={t('knowledge.search.empty')} /> }}
          renderItem={(hit) => (
            <List.Item key={hit.id}>
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Link to={`/knowledge/articles/${hit.id}`} data-testid="knowledge-hit-title">
                      <Highlighted text={hit.title} words={hit.matched} />
                    </Link>
                    <Tag>{categoryLabel(hit.category)}</Tag>
                  </Space>
                }
                description={
                  <>
                    <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                      <Highlighted text={hit.snippet} words={hit.matched} />
                    </Typography.Paragraph>
                    <Typography.Paragraph style={{ marginBottom: 0 }} copyable={{ text: hit.shortAnswer, tooltips: [t('knowledge.search.copy'), t('knowledge.search.copied')] }}>
                      <Typography.Text strong>{t('knowledge.search.shortAnswer')}：</Typography.Text>
                      {hit.shortAnswer}
                    </Typography.Paragraph>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
