import { ACCESS } from '@careflow/contracts';
import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { listDecisions, type DecisionSummary } from '../../api/decisions';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { formatDateTime } from '../../components/dateTime';
import { errorText } from '../../components/errorText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { CreateDecisionModal } from './CreateDecisionModal';

const path = (key: string) => `/studio/decisions/${encodeURIComponent(key)}`;

/** 决策表: the tables processes evaluate; a click opens one. Analysts and admins may start a new one. */
export function DecisionListPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [rows, setRows] = useState<DecisionSummary[]>();
  const [error, setError] = useState<string>();
  const [creating, setCreating] = useState(false);
  const editor = hasRole(user, ACCESS.decisions.edit);
  usePageTitle(t('menu.decisions'));
  useEffect(() => {
    listDecisions().then(setRows, (err: unknown) => setError(errorText(err, t)));
  }, [t]);

  return (
    <Card
      title={t('decisions.list.title')}
      extra={editor && <Button type="primary" data-testid="decision-new" onClick={() => setCreating(true)}>{t('decisions.list.create')}</Button>}
    >
      <Typography.Paragraph type="secondary">{t('decisions.list.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} />}
      <Table<DecisionSummary>
        rowKey="key"
        data-testid="decision-list"
        loading={!rows && !error}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('decisions.list.none') }}
        onRow={(row) => ({ onClick: () => navigate(path(row.key)), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('decisions.list.name'), dataIndex: 'name', render: (name: string, row) => <Link data-testid={`decision-${row.key}`} to={path(row.key)}>{name}</Link> },
          { title: t('decisions.list.key'), dataIndex: 'key', render: (key: string) => <code>{key}</code> },
          { title: t('decisions.list.published'), dataIndex: 'publishedVersion', render: (v: number | null) => (v ? <Tag color="green">v{v}</Tag> : <Tag>{t('decisions.list.notPublished')}</Tag>) },
          { title: t('decisions.list.latest'), dataIndex: 'latestVersion', render: (v: number) => `v${v}` },
          { title: t('decisions.list.updated'), dataIndex: 'updatedAt', render: (at: string) => formatDateTime(at) },
        ]}
      />
      {creating && <CreateDecisionModal onClose={() => setCreating(false)} onCreated={(key) => navigate(path(key))} />}
    </Card>
  );
}
