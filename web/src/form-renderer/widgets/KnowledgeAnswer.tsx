import { isVoidField } from '@formily/core';
import { useField, useForm } from '@formily/react';
import { App, Empty, Input, Select, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerFromArticle, rateArticle } from '../../api/knowledge-use';
import { formatDateTime } from '../../components/dateTime';
import { errorText } from '../../components/errorText';
import { useDictionaries } from '../../hooks/useDictionaries';
import { useFormCase } from '../CaseContext';
import { KnowledgeHitItem, type HitActions } from './KnowledgeHitItem';
import { callerMobiles } from './knowledgeSuggest';
import { useCaseKnowledge, useDebounced, useKnowledgeSearch, useSuggestion } from './useKnowledgeWidget';

/**
 * 知识库 on a task form: articles suggested from the case on opening, a search box, and for each hit
 * 采用 / 短信发送 / 有用·无用 on the case. Outside a case (the designer's preview) it only searches.
 * A void field (as the designer makes it) has no value; bound to an array field, its value is the
 * ids of the articles used on the case, so the process can see them.
 */
export function KnowledgeAnswer() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formCase = useFormCase();
  const form = useForm();
  const field = useField();
  const { options, english } = useDictionaries();
  const [typed, setTyped] = useState('');
  const [category, setCategory] = useState<string>();
  const [adopting, setAdopting] = useState<string>();
  const words = useDebounced(typed.trim().slice(0, 200), 350);
  const suggestion = useSuggestion(form, formCase?.serviceTypeKey, english);
  const { hits, loading, failed } = useKnowledgeSearch(words || suggestion || '', category, words ? 10 : 5);
  const { uses, reload } = useCaseKnowledge(formCase?.caseId);
  const usedIds = useMemo(() => (uses ?? []).map((u) => u.articleId), [uses]);

  useEffect(() => {
    if (!uses || isVoidField(field) || !formCase?.editable) return;
    if (JSON.stringify(field.value ?? []) !== JSON.stringify(usedIds)) field.setValue(usedIds);
  }, [uses, usedIds, field, formCase?.editable]);

  const actions: HitActions | null = useMemo(() => {
    if (!formCase?.editable) return null;
    const { caseId } = formCase;
    return {
      caseId,
      phones: callerMobiles(formCase.variables),
      onSent: reload,
      adopt: (articleId) => {
        setAdopting(articleId);
        answerFromArticle(caseId, articleId)
          .then(() => (void message.success(t('forms.widgets.knowledge.adoptedNow')), reload()), (err: unknown) => void message.error(errorText(err, t)))
          .finally(() => setAdopting(undefined));
      },
      rate: (articleId, useful) => void rateArticle(articleId, useful, caseId).then(() => void message.success(t('forms.widgets.knowledge.rated')), (err: unknown) => void message.error(errorText(err, t))),
    };
  }, [formCase, reload, message, t]);

  const heading = words ? t('forms.widgets.knowledge.results') : t('forms.widgets.knowledge.suggested');
  return (
    <div data-testid="knowledge-widget">
      <Space.Compact style={{ width: '100%' }}>
        <Select allowClear placeholder={t('forms.widgets.knowledge.category')} options={options('knowledge_category')} value={category} onChange={setCategory} style={{ width: 140 }} data-testid="knowledge-category" />
        <Input.Search allowClear placeholder={t('forms.widgets.knowledge.placeholder')} value={typed} onChange={(e) => setTyped(e.target.value)} loading={loading} data-testid="knowledge-search" />
      </Space.Compact>
      {(words || suggestion) && <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>{heading}</Typography.Text>}
      <Spin spinning={loading && hits.length === 0} size="small">
        <div data-testid="knowledge-hits">
          {hits.map((hit) => <KnowledgeHitItem key={hit.id} hit={hit} used={usedIds.includes(hit.id)} actions={actions} busy={adopting === hit.id} />)}
        </div>
        {!loading && hits.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={failed ? errorText(failed, t) : words || suggestion ? t('forms.widgets.knowledge.none') : t('forms.widgets.knowledge.noSuggestion')} />
        )}
      </Spin>
      {formCase && uses && uses.length > 0 && (
        <div data-testid="knowledge-used" style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">{t('forms.widgets.knowledge.used')}</Typography.Text>
          {uses.map((use) => (
            <div key={use.articleId} data-article-id={use.articleId}>
              <Tag color="green">{t('forms.widgets.knowledge.adopted')}</Tag>
              <Typography.Link href={`/knowledge/articles/${encodeURIComponent(use.articleId)}`} target="_blank" rel="noreferrer">{use.title}</Typography.Link>{' '}
              <Typography.Text type="secondary">{t('forms.widgets.knowledge.usedBy', { name: use.usedByName, time: formatDateTime(use.usedAt) })}</Typography.Text>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
