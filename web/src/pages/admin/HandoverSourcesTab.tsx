import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listHandovers, listHandoverSources, type HandoverRow, type HandoverSource } from '../../api/handovers';
import { listServiceTypes } from '../../api/service-types';
import { formatDateTime } from '../../components/dateTime';
import { errorText } from '../../components/errorText';
import { HandoverSourceModal } from './HandoverSourceModal';

const REPORT_COLORS: Record<string, string> = { reported: 'green', failed: 'red', incident: 'red', skipped: 'default' };

/** 转办来源: the 12345 line, the government mailbox, government SMS; and what came in lately, with its report back. */
export function HandoverSourcesTab() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [sources, setSources] = useState<HandoverSource[]>([]);
  const [recent, setRecent] = useState<HandoverRow[]>([]);
  const [types, setTypes] = useState<{ value: string; label: string }[]>([]);
  const [editing, setEditing] = useState<HandoverSource | 'new' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const zh = i18n.language.startsWith('zh');

  const reload = useCallback(async () => {
    try {
      const [s, r, st] = await Promise.all([listHandoverSources(), listHandovers(), listServiceTypes()]);
      setSources(s);
      setRecent(r.handovers);
      setTypes(st.map((x) => ({ value: x.key, label: `${zh ? x.nameZh : x.nameEn} (${x.key})` })));
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  }, [zh]);
  useEffect(() => void reload(), [reload]);

  return (
    <>
      <Flex justify="end" style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="handover-source-new">
          {t('handovers.new')}
        </Button>
      </Flex>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<HandoverSource>
        data-testid="handover-source-list"
        rowKey="code"
        size="middle"
        loading={loading}
        dataSource={sources}
        pagination={false}
        onRow={(s) => ({ onClick: () => setEditing(s), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('handovers.code'), dataIndex: 'code', render: (v: string) => <code>{v}</code> },
          { title: t('handovers.name'), dataIndex: 'name' },
          { title: t('handovers.channel'), dataIndex: 'channel', render: (v: string) => t(`handovers.channels.${v as 'phone'}`) },
          { title: t('handovers.mapping'), key: 'mapping', render: (_, s) => Object.entries(s.mapping).map(([c, k]) => <Tag key={c}>{`${c} → ${k}`}</Tag>) },
          { title: t('handovers.defaultServiceType'), dataIndex: 'defaultServiceType' },
          { title: t('handovers.callbackUrl'), dataIndex: 'callbackUrl', render: (v: string | null) => v ?? '—' },
          { title: t('handovers.active'), dataIndex: 'active', render: (v: boolean) => (v ? <Tag color="green">{t('handovers.activeYes')}</Tag> : <Tag>{t('handovers.activeNo')}</Tag>) },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('handovers.recent')}
      </Typography.Title>
      <Table<HandoverRow>
        data-testid="handover-list"
        rowKey="id"
        size="small"
        dataSource={recent}
        pagination={false}
        columns={[
          { title: t('handovers.receivedAt'), dataIndex: 'receivedAt', render: (v: string) => formatDateTime(v) },
          { title: t('handovers.code'), dataIndex: 'source' },
          { title: t('handovers.reference'), dataIndex: 'reference' },
          { title: t('handovers.category'), dataIndex: 'category', render: (v: string | null) => v ?? '—' },
          { title: t('handovers.caseNumber'), dataIndex: 'caseNumber', render: (v: string, h) => <Link to={`/cases/${h.caseId}`}>{v}</Link> },
          { title: t('handovers.repeats'), dataIndex: 'repeats' },
          { title: t('handovers.report'), dataIndex: 'reportState', render: (v: HandoverRow['reportState'], h) => <Tag color={REPORT_COLORS[v] ?? 'blue'} title={h.reportError ?? undefined}>{t(`handovers.reportStates.${v}`)}</Tag> },
        ]}
      />
      {editing && (
        <HandoverSourceModal
          source={editing === 'new' ? null : editing}
          serviceTypes={types}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            message.success(t('common.saved'));
            void reload();
          }}
        />
      )}
    </>
  );
}
