import { CheckOutlined, DislikeOutlined, ExportOutlined, LikeOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KnowledgeSearchHit } from '../../api/knowledge-use';
import { Highlighted } from '../../components/Highlighted';
import { KnowledgeSmsAction } from './KnowledgeSmsAction';

/** What the agent may do with a hit on a case they work on; absent outside one (the designer's preview). */
export interface HitActions {
  caseId: string;
  phones: string[];
  adopt: (articleId: string) => void;
  rate: (articleId: string, useful: boolean) => void;
  onSent: () => void;
}

interface Props {
  hit: KnowledgeSearchHit;
  used: boolean;
  actions: HitActions | null;
  busy: boolean;
}

/** One article found: its title and sentence with the words marked, its short answer, and what to do with it. */
export function KnowledgeHitItem({ hit, used, actions, busy }: Props) {
  const { t } = useTranslation();
  return (
    <div className="knowledge-hit" data-testid="knowledge-hit" data-article-id={hit.id} style={{ padding: '8px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}>
      <Space size={4} wrap>
        <Typography.Text strong data-testid="knowledge-hit-title"><Highlighted text={hit.title} words={hit.matched} /></Typography.Text>
        {used && <Tag color="green" icon={<CheckOutlined />} data-testid="knowledge-hit-adopted">{t('forms.widgets.knowledge.adopted')}</Tag>}
        <Typography.Link href={`/knowledge/articles/${encodeURIComponent(hit.id)}`} target="_blank" rel="noreferrer" data-testid="knowledge-hit-open">
          <ExportOutlined /> {t('forms.widgets.knowledge.open')}
        </Typography.Link>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }} ellipsis={{ rows: 2 }}>
        <Highlighted text={hit.snippet} words={hit.matched} />
      </Typography.Paragraph>
      <Typography.Paragraph style={{ margin: '4px 0', background: 'rgba(0, 0, 0, 0.02)', padding: '4px 8px' }} data-testid="knowledge-hit-answer">
        <Typography.Text type="secondary">{t('forms.widgets.knowledge.shortAnswer')}：</Typography.Text>
        {hit.shortAnswer}
      </Typography.Paragraph>
      {actions && (
        <Space size={4} wrap>
          {!used && (
            <Button size="small" type="primary" ghost loading={busy} onClick={() => actions.adopt(hit.id)} data-testid="knowledge-adopt">
              {t('forms.widgets.knowledge.adopt')}
            </Button>
          )}
          <KnowledgeSmsAction caseId={actions.caseId} articleId={hit.id} phones={actions.phones} onSent={actions.onSent} />
          <Button size="small" type="text" icon={<LikeOutlined />} onClick={() => actions.rate(hit.id, true)} data-testid="knowledge-useful">{t('forms.widgets.knowledge.useful')}</Button>
          <Button size="small" type="text" icon={<DislikeOutlined />} onClick={() => actions.rate(hit.id, false)} data-testid="knowledge-not-useful">{t('forms.widgets.knowledge.notUseful')}</Button>
        </Space>
      )}
    </div>
  );
}
