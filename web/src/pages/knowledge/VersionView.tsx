import { Alert, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KnowledgeVersion } from '../../api/knowledge';
import { fileUrl } from '../../api/files';
import { formatDate, formatDateTime } from '../../components/dateTime';
import { useAreas } from '../../hooks/useAreas';
import { useCategoryLabel } from './useCategoryLabel';
import './knowledge.css';

/** One version of an article, read-only: its metadata, short answer and body. */
export function VersionView({ version }: { version: KnowledgeVersion }) {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  const { fullName } = useAreas();
  const tags = (words: string[]) => (words.length ? words.map((w) => <Tag key={w}>{w}</Tag>) : '—');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {version.reviewNote && (
        <Alert
          data-testid="knowledge-review-note"
          type={version.status === 'draft' ? 'warning' : 'info'}
          showIcon
          message={`${t('knowledge.article.reviewNote')}：${version.reviewNote}`}
          description={version.reviewedByName ? t('knowledge.article.reviewedBy', { name: version.reviewedByName }) : undefined}
        />
      )}
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} bordered>
        <Descriptions.Item label={t('knowledge.article.category')}>{categoryLabel(version.category)}</Descriptions.Item>
        <Descriptions.Item label={t('knowledge.article.docNumber')}>{version.docNumber ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('knowledge.article.issuer')}>{version.issuer ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('knowledge.article.effectiveFrom')}>{version.effectiveFrom ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('knowledge.article.expiresOn')}>{version.expiresOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('knowledge.article.areas')}>{version.areas.length ? version.areas.map(fullName).join('、') : t('knowledge.article.everywhere')}</Descriptions.Item>
        <Descriptions.Item label={t('knowledge.article.keywords')}>{tags(version.keywords)}</Descriptions.Item>
        <Descriptions.Item label={t('knowledge.article.synonyms')}>{tags(version.synonyms)}</Descriptions.Item>
        <Descriptions.Item label={t('knowledge.article.author')}>{`${version.authoredByName} · ${formatDateTime(version.updatedAt)}`}</Descriptions.Item>
        {version.publishedAt && <Descriptions.Item label={t('knowledge.article.publishedAt')}>{formatDate(version.publishedAt)}</Descriptions.Item>}
      </Descriptions>
      <Alert type="success" message={<Typography.Text strong>{t('knowledge.article.shortAnswer')}</Typography.Text>} description={<Typography.Paragraph copyable={{ text: version.shortAnswer }} style={{ marginBottom: 0 }} data-testid="knowledge-short-answer">{version.shortAnswer}</Typography.Paragraph>} />
      {/*
       * The body is HTML the engine ran through sanitize-html when it was saved (engine/src/modules/knowledge/sanitize.ts:
       * a few text tags, links with http/https/mailto/tel only, no attributes beyond href). That server-side sanitising
       * is the only reason rendering it as HTML is acceptable here; nothing else on this page is rendered this way.
       */}
      <div className="knowledge-body" data-testid="knowledge-body" dangerouslySetInnerHTML={{ __html: version.body }} />
      {version.attachments.length > 0 && (
        <Space wrap>
          <Typography.Text type="secondary">{t('knowledge.article.attachments')}：</Typography.Text>
          {version.attachments.map((id, i) => (
            <Typography.Link key={id} href={fileUrl(id)} target="_blank" rel="noopener noreferrer">
              {t('knowledge.article.attachment', { n: i + 1 })}
            </Typography.Link>
          ))}
        </Space>
      )}
    </Space>
  );
}
