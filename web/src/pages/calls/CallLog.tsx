import { CALL_LOG_MODES, CALL_OUTCOMES } from '@careflow/contracts';
import { Alert, DatePicker, Input, Select, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Call } from '../../api/calls';
import { searchCalls, type CallLogQuery } from '../../api/call-log';
import { formatDateTime } from '../../components/dateTime';
import { errorText } from '../../components/errorText';
import { useLoaded } from '../../hooks/useLoaded';
import { useUrlListQuery } from '../../hooks/useUrlListQuery';

const KEYS = ['number', 'agent', 'from', 'to', 'direction', 'mode', 'outcome', 'caseNumber'] as const;
const DIRECTIONS = ['inbound', 'outbound'] as const;
const DAY = 'YYYY-MM-DD';

/** 通话记录: every inbound, outbound and robot call, searchable, paged, with its recording where the switch gave one. */
export function CallLog() {
  const { t } = useTranslation();
  const { query, update } = useUrlListQuery(KEYS);
  const key = JSON.stringify(query);
  const { value, error, loading } = useLoaded(useCallback((signal: AbortSignal) => searchCalls(JSON.parse(key) as CallLogQuery, signal), [key]));
  const data = value ?? { items: [] as Call[], total: 0 };

  const any = { value: '', label: t('calls.filter.any') };
  const choose = (name: 'direction' | 'mode' | 'outcome', values: readonly string[], label: (v: string) => string, width: number) => (
    <Select<string> value={query[name] ?? ''} onChange={(v) => update({ [name]: v || undefined })} style={{ width }} aria-label={t(`calls.filter.${name}`)} options={[{ ...any, label: `${t(`calls.filter.${name}`)}：${any.label}` }, ...values.map((v) => ({ value: v, label: label(v) }))]} />
  );
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('calls.filter.number')} defaultValue={query.number} onSearch={(v) => update({ number: v.trim() || undefined })} style={{ width: 180 }} data-testid="calls-number" />
        <Input.Search allowClear placeholder={t('calls.filter.agent')} defaultValue={query.agent} onSearch={(v) => update({ agent: v.trim() || undefined })} style={{ width: 180 }} />
        <DatePicker.RangePicker
          placeholder={[t('calls.filter.dateFrom'), t('calls.filter.dateTo')]}
          value={[query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null]}
          onChange={(range) => update({ from: range?.[0]?.format(DAY), to: range?.[1]?.format(DAY) })}
          allowEmpty={[true, true]}
        />
        {choose('direction', DIRECTIONS, (d) => t(`calls.direction.${d as (typeof DIRECTIONS)[number]}`), 140)}
        {choose('mode', CALL_LOG_MODES, (m) => t(`telephony.mode.${m as (typeof CALL_LOG_MODES)[number]}`), 150)}
        {choose('outcome', CALL_OUTCOMES, (o) => t(`telephony.outcome.${o as (typeof CALL_OUTCOMES)[number]}`), 150)}
        <Input.Search allowClear placeholder={t('calls.filter.caseNumber')} defaultValue={query.caseNumber} onSearch={(v) => update({ caseNumber: v.trim() || undefined })} style={{ width: 200 }} />
      </Space>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<Call>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data.items}
        locale={{ emptyText: t('calls.empty') }}
        scroll={{ x: 1200 }}
        pagination={{ current: query.page, pageSize: query.pageSize, total: data.total, showSizeChanger: true, showTotal: (n) => t('common.total', { count: n }), onChange: (page, pageSize) => update({ page, pageSize }) }}
        columns={[
          { title: t('calls.column.startedAt'), dataIndex: 'startedAt', width: 170, render: (iso: string) => formatDateTime(iso) },
          { title: t('calls.column.direction'), dataIndex: 'direction', width: 80, render: (d: Call['direction']) => t(`calls.direction.${d}`) },
          { title: t('calls.column.mode'), dataIndex: 'mode', width: 100, render: (m: Call['mode']) => t(`telephony.mode.${m}`) },
          // On a click-to-call `from` is the agent; on an inbound call, the caller's number.
          { title: t('calls.column.from'), dataIndex: 'from', width: 140, render: (f: string | null, c) => (c.mode === 'inbound' ? (f ?? '—') : '—') },
          { title: t('calls.column.to'), dataIndex: 'to', width: 150, render: (to: string, c) => (c.direction === 'outbound' ? `${to}${c.toName ? ` ${c.toName}` : ''}` : to || '—') },
          { title: t('calls.column.agent'), key: 'agent', width: 110, render: (_: unknown, c) => (c.mode === 'click_to_call' ? c.from : c.agent) ?? '—' },
          { title: t('calls.column.outcome'), dataIndex: 'outcome', width: 110, render: (o: Call['outcome'], c) => (o ? t(`telephony.outcome.${o}`) : t(`telephony.status.${c.status}`)) },
          { title: t('calls.column.duration'), dataIndex: 'durationSec', width: 90, render: (s: number | null) => (s === null ? '—' : t('calls.seconds', { count: s })) },
          { title: t('calls.column.case'), dataIndex: 'caseNumber', width: 170, render: (n: string | null | undefined, c) => (c.caseId ? <Link to={`/cases/${c.caseId}`}>{n ?? c.caseId.slice(0, 8)}</Link> : '—') },
          { title: t('calls.column.recording'), dataIndex: 'recordingUrl', width: 280, render: (url: string | null) => (url ? <audio controls preload="none" src={url} style={{ height: 32, width: 260 }} /> : '—') },
        ]}
      />
    </>
  );
}
