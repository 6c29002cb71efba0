import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KnowledgeArticle } from '../../api/knowledge';
import { expiryFlag, localToday, STATUS_COLORS } from './articleStatus';

/** The article's status, and 即将到期 when a published article expires within 30 days. */
export function ArticleStatusTags({ article }: { article: Pick<KnowledgeArticle, 'status' | 'expiresOn'> }) {
  const { t } = useTranslation();
  const flag = expiryFlag(article, localToday());
  return (
    <>
      <Tag color={STATUS_COLORS[article.status]}>{t(`knowledge.articleStatus.${article.status}`)}</Tag>
      {flag === 'expiring' && <Tag color="orange">{t('knowledge.expiring')}</Tag>}
    </>
  );
}
