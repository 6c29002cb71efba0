import { Alert, App, Button, Form, Input, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callBackMissed, listMissedCalls, MISSED_CALL_OUTCOMES, recordMissedOutcome, type MissedCall, type MissedCallOutcome } from '../../api/call-log';
import { onCallUpdated } from '../../api/calls';
import { formatDateTime } from '../../components/dateTime';
import { errorText } from '../../components/errorText';

/** Live changes come in bursts (a call rings, is answered, ends): one refetch per burst. */
const REFETCH_MS = 500;

/** 未接来电: oldest first, each with 回拨 and then its outcome; refreshed as calls change anywhere. */
export function MissedCalls() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [items, setItems] = useState<MissedCall[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [recording, setRecording] = useState<MissedCall | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const load = useCallback(() => {
    setLoading(true);
    listMissedCalls()
      .then((page) => (setItems(page.items), setError(null)))
      .catch((err: unknown) => setError(err))
      .finally(() => setLoading(false));
  }, []);
  useEffect(load, [load]);
  useEffect(() => {
    const off = onCallUpdated(() => {
      clearTimeout(timer.current);
      timer.current = setTimeout(load, REFETCH_MS);
    });
    return () => (off(), clearTimeout(timer.current));
  }, [load]);

  const callBack = async (missed: MissedCall) => {
    setBusy(missed.id);
    try {
      const placed = await callBackMissed(missed.id);
      void message.info(t('calls.missed.calling', { number: placed.call.to }));
      setRecording(placed.missed);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('calls.missed.hint')}</Typography.Paragraph>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<MissedCall>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t('calls.missed.empty') }}
        onRow={(m) => ({ 'data-testid': `missed-${m.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('calls.missed.column.at'), dataIndex: 'at', width: 170, render: (iso: string) => formatDateTime(iso) },
          { title: t('calls.missed.column.caller'), dataIndex: 'callerNumber', width: 150, render: (n: string | null) => n ?? '—' },
          { title: t('calls.missed.column.elder'), dataIndex: 'elderName', width: 100, render: (n: string | null) => n ?? '—' },
          { title: t('calls.missed.column.kind'), dataIndex: 'kind', width: 130, render: (k: MissedCall['kind']) => <Tag color={k === 'missed' ? 'orange' : 'default'}>{t(`calls.missed.kind.${k}`)}</Tag> },
          { title: t('calls.missed.column.waited'), dataIndex: 'waitedSec', width: 90, render: (s: number) => t('calls.seconds', { count: s }) },
          { title: t('calls.missed.column.tries'), dataIndex: 'tries', width: 90, render: (n: number) => t('calls.missed.tries', { count: n }) },
          {
            title: t('calls.missed.column.actions'),
            key: 'actions',
            width: 200,
            render: (_: unknown, m) => (
              <Space>
                <Button type="primary" size="small" loading={busy === m.id} disabled={!m.callerNumber} onClick={() => void callBack(m)}>
                  {t('calls.missed.callBack')}
                </Button>
                <Button size="small" onClick={() => setRecording(m)}>
                  {t('calls.missed.record')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {recording && <OutcomeModal missed={recording} onClose={() => setRecording(null)} onSaved={() => (setRecording(null), void message.success(t('calls.missed.saved')), load())} />}
    </>
  );
}

/** The callback's outcome: all but 无人接听 take the call off the list. */
function OutcomeModal({ missed, onClose, onSaved }: { missed: MissedCall; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<MissedCallOutcome>('reached');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      await recordMissedOutcome(missed.id, { outcome, ...(note.trim() ? { note: note.trim() } : {}) });
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={`${t('calls.missed.outcomeTitle')} · ${missed.callerNumber ?? ''}`} onCancel={onClose} onOk={() => void save()} confirmLoading={saving} okButtonProps={{ id: 'missed-outcome-save' }} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item>
          <Radio.Group value={outcome} onChange={(e) => setOutcome(e.target.value as MissedCallOutcome)} options={MISSED_CALL_OUTCOMES.map((o) => ({ value: o, label: t(`calls.missed.outcome.${o}`) }))} />
        </Form.Item>
        <Form.Item label={t('calls.missed.note')}>
          <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} rows={2} />
        </Form.Item>
      </Form>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
    </Modal>
  );
}
