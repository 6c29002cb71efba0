import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KnowledgeVersion } from '../../api/knowledge';
import { formatDateTime } from '../../components/dateTime';
import { VERSION_COLORS } from './articleStatus';

/** 版本记录: every version, newest first; opening one shows it read-only. */
export function VersionHistory({ versions, shown, onOpen }: { versions: KnowledgeVersion[]; shown: number; onOpen: (version: number) => void }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('knowledge.article.history')} data-testid="knowledge-history">
      <List
        size="small"
        dataSource={versions}
        renderItem={(v) => (
          <List.Item
            key={v.version}
            actions={[
              v.version === shown ? (
                <Typography.Text key="current" type="secondary">{t('knowledge.article.current')}</Typography.Text>
              ) : (
                <Button key="open" size="small" type="link" onClick={() => onOpen(v.version)}>{t('knowledge.article.open')}</Button>
              ),
            ]}
          >
            <Space direction="vertical" size={0}>
              <Space>
                <Typography.Text strong>{t('knowledge.article.version', { version: v.version })}</Typography.Text>
                <Tag color={VERSION_COLORS[v.status]}>{t(`knowledge.versionStatus.${v.status}`)}</Tag>
              </Space>
              <Typography.Text type="secondary">{`${v.authoredByName} · ${formatDateTime(v.updatedAt)}`}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
