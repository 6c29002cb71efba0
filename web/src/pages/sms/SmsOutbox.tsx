import { Alert, Input, Select, Space, Table, Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listSms, SMS_STATUSES, type SmsLine, type SmsQuery, type SmsStatus } from '../../api/sms';
import { errorText } from '../../components/errorText';
import { useUrlListQuery } from '../../hooks/useUrlListQuery';
import { formatDateTime } from '../../components/dateTime';

// By the case's number (工单编号), as people know it; `caseId` stays for links from a case.
const KEYS = ['recipient', 'caseNumber', 'caseId', 'status'] as const;
const COLORS: Record<SmsStatus, string> = { queued: 'default', sent: 'processing', delivered: 'success', failed: 'error' };
const time = (iso: string | null) => formatDateTime(iso);
/** The adapter's name in the UI language; an adapter added later shows its own name. */
const ADAPTERS = ['outbox', 'smpp', 'aliyun'] as const;

/** 短信记录: every message the connectors sent or queued, newest first, with its delivery status. */
export function SmsOutbox() {
  const { t } = useTranslation();
  const { query: raw, update } = useUrlListQuery(KEYS);
  const query: SmsQuery = { ...raw, status: SMS_STATUSES.find((s) => s === raw.status) };
  const [data, setData] = useState<{ messages: SmsLine[]; total: number }>({ messages: [], total: 0 });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const key = JSON.stringify(query);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    listSms(JSON.parse(key) as SmsQuery, controller.signal)
      .then((result) => (setData(result), setError(null)))
      .catch((err: unknown) => !controller.signal.aborted && setError(err))
      .finally(() => !controller.signal.aborted && setLoading(false));
    return () => controller.abort();
  }, [key]);

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('sms.outbox.recipient')} defaultValue={query.recipient} onSearch={(v) => update({ recipient: v.trim() || undefined })} style={{ width: 200 }} />
        <Input.Search allowClear placeholder={t('sms.outbox.caseNumber')} defaultValue={query.caseNumber} onSearch={(v) => update({ caseNumber: v.trim() || undefined, caseId: undefined })} style={{ width: 220 }} data-testid="sms-case-number" />
        <Select<SmsStatus | ''>
          value={query.status ?? ''}
          onChange={(v) => update({ status: v || undefined })}
          style={{ width: 140 }}
          options={[{ value: '', label: t('sms.outbox.anyStatus') }, ...SMS_STATUSES.map((s) => ({ value: s, label: t(`sms.status.${s}`) }))]}
        />
      </Space>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<SmsLine>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data.messages}
        locale={{ emptyText: t('sms.outbox.empty') }}
        pagination={{ current: query.page, pageSize: query.pageSize, total: data.total, showSizeChanger: true, showTotal: (n) => t('common.total', { count: n }), onChange: (page, pageSize) => update({ page, pageSize }) }}
        columns={[
          { title: t('sms.outbox.createdAt'), dataIndex: 'createdAt', width: 170, render: time },
          { title: t('sms.outbox.phone'), dataIndex: 'phone', width: 130 },
          { title: t('sms.outbox.recipientName'), dataIndex: 'recipientName', width: 100, render: (n: string | null) => n ?? '—' },
          { title: t('sms.outbox.case'), dataIndex: 'caseNumber', width: 170, render: (n: string | null, m) => (n && m.caseId ? <Link to={`/cases/${m.caseId}`}>{n}</Link> : '—') },
          { title: t('sms.outbox.content'), dataIndex: 'content', ellipsis: { showTitle: true } },
          {
            title: t('sms.outbox.status'),
            dataIndex: 'status',
            width: 110,
            render: (s: SmsStatus, m) => (
              <Tooltip title={m.error ?? undefined}>
                <Tag color={COLORS[s]}>{t(`sms.status.${s}`)}</Tag>
              </Tooltip>
            ),
          },
          { title: t('sms.outbox.adapter'), dataIndex: 'adapter', width: 110, render: (a: string | null) => (a ? (ADAPTERS.some((k) => k === a) ? t(`sms.adapter.${a as (typeof ADAPTERS)[number]}`) : a) : '—') },
          { title: t('sms.outbox.deliveredAt'), dataIndex: 'deliveredAt', width: 170, render: time },
        ]}
      />
    </>
  );
}
