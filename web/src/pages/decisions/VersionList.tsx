import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DecisionVersion } from '../../api/decisions';
import { formatDateTime } from '../../components/dateTime';

export const STATUS_COLORS = { draft: 'gold', published: 'green', superseded: 'default' } as const;

/** The table's versions, newest first, each with its status (草稿/已发布/已停用); a click shows that version. */
export function VersionList({ versions, shown, onShow }: { versions: DecisionVersion[]; shown: number; onShow: (version: number) => void }) {
  const { t } = useTranslation();
  return (
    <div data-testid="decision-versions">
      <Typography.Title level={5}>{t('decisions.editor.versions')}</Typography.Title>
      <List
        size="small"
        dataSource={versions}
        renderItem={(v) => (
          <List.Item
            data-testid={`decision-version-${v.version}`}
            data-status={v.status}
            onClick={() => v.version !== shown && onShow(v.version)}
            style={{ cursor: v.version === shown ? undefined : 'pointer', background: v.version === shown ? '#e6f4ff' : undefined, paddingInline: 8 }}
          >
            <span>v{v.version} <Tag color={STATUS_COLORS[v.status]}>{t(`decisions.editor.status.${v.status}`)}</Tag></span>
            <Typography.Text type="secondary">{formatDateTime(v.publishedAt ?? v.createdAt)}</Typography.Text>
          </List.Item>
        )}
      />
    </div>
  );
}
