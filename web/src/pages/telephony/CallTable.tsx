import { Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { simulate, type Call, type CallOutcome, type CallStatus, type SimulatorAction } from '../../api/calls';
import { formatDateTime } from '../../components/dateTime';

const STATUS_COLORS: Record<CallStatus, string> = { ringing: 'processing', answered: 'success', ended: 'default' };
const OUTCOME_COLORS: Record<CallOutcome, string> = { answered: 'green', confirmed: 'green', no_answer: 'orange', busy: 'orange', failed: 'red' };

interface Props {
  calls: Call[];
  onChanged: (call: Call) => void;
  onError: (error: unknown) => void;
}

/** The calls with the simulator's buttons: what a callee can do at each point of a call. */
export function CallTable({ calls, onChanged, onError }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);

  const act = async (call: Call, action: SimulatorAction, digits?: string) => {
    setBusy(call.id);
    try {
      onChanged(await simulate(call.id, action, digits));
    } catch (err) {
      onError(err);
    } finally {
      setBusy(null);
    }
  };

  const actions = (call: Call) => {
    if (call.status === 'ended' || call.adapter !== 'simulator') return null;
    const confirm = call.confirmDigit ?? '1';
    const loading = busy === call.id;
    const other = confirm === '2' ? '3' : '2';
    if (call.status === 'ringing') {
      return (
        <Space wrap size="small">
          <Button size="small" type="primary" loading={loading} onClick={() => void act(call, 'answer')}>{t('telephony.action.answer')}</Button>
          {call.mode === 'robot' && <Button size="small" loading={loading} onClick={() => void act(call, 'answer', confirm)}>{t('telephony.action.answer')} + {t('telephony.action.press', { digit: confirm })}</Button>}
          <Button size="small" loading={loading} onClick={() => void act(call, 'busy')}>{t('telephony.action.busy')}</Button>
          <Button size="small" loading={loading} onClick={() => void act(call, 'no-answer')}>{t('telephony.action.noAnswer')}</Button>
        </Space>
      );
    }
    return (
      <Space wrap size="small">
        <Button size="small" type="primary" loading={loading} onClick={() => void act(call, 'digits', confirm)}>{t('telephony.action.press', { digit: confirm })}</Button>
        <Button size="small" loading={loading} onClick={() => void act(call, 'digits', other)}>{t('telephony.action.pressOther')}</Button>
        <Button size="small" danger loading={loading} onClick={() => void act(call, 'hangup')}>{t('telephony.action.hangup')}</Button>
      </Space>
    );
  };

  return (
    <Table<Call>
      rowKey="id"
      size="middle"
      dataSource={calls}
      pagination={false}
      locale={{ emptyText: t('telephony.empty') }}
      columns={[
        { title: t('telephony.column.startedAt'), dataIndex: 'startedAt', width: 170, render: (iso: string) => formatDateTime(iso) },
        { title: t('telephony.column.mode'), dataIndex: 'mode', width: 100, render: (mode: Call['mode'], call) => <>{t(`telephony.mode.${mode}`)}{call.from ? <Typography.Text type="secondary"> · {call.from}</Typography.Text> : null}</> },
        { title: t('telephony.column.to'), dataIndex: 'to', width: 170, render: (to: string, call) => (call.toName ? `${call.toName} ${to}` : to) },
        {
          title: t('telephony.column.message'),
          dataIndex: 'message',
          ellipsis: { showTitle: true },
          render: (message: string | null, call) => (message ? <>{message}{call.confirmDigit && <Typography.Text type="secondary"> （{t('telephony.confirmHint', { digit: call.confirmDigit })}）</Typography.Text>}</> : '—'),
        },
        { title: t('telephony.column.status'), dataIndex: 'status', width: 90, render: (s: CallStatus) => <Tag color={STATUS_COLORS[s]}>{t(`telephony.status.${s}`)}</Tag> },
        {
          title: t('telephony.column.outcome'),
          dataIndex: 'outcome',
          width: 150,
          render: (o: CallOutcome | null, call) => (o ? <Space size={4} direction="vertical"><Tag color={OUTCOME_COLORS[o]}>{t(`telephony.outcome.${o}`)}</Tag>{call.digits && <Typography.Text type="secondary">{t('telephony.digits', { digits: call.digits })}</Typography.Text>}</Space> : '—'),
        },
        { title: t('telephony.column.actions'), key: 'actions', width: 300, render: (_: unknown, call) => actions(call) },
      ]}
    />
  );
}
