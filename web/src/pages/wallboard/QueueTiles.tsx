import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Wallboard } from '../../api/wallboard';
import { ageMs, ALARM_AGE_ALERT_MS, BLOCK, CALL_WAIT_ALERT_MS, clock } from './board';

const ALERT = '#cf1322';

/** One big number with its longest wait beneath, red once the wait passes its limit. */
function BigTile(props: { testId: string; title: string; value: number; subtitle: string; age: number | null; alertAfter?: number; children?: ReactNode }) {
  const alert = props.alertAfter !== undefined && props.age !== null && props.age > props.alertAfter;
  return (
    <div data-testid={props.testId} data-alert={alert ? 'true' : 'false'} style={alert ? { ...BLOCK, background: ALERT } : BLOCK}>
      <div style={{ fontSize: 22, opacity: 0.85 }}>{props.title}</div>
      <div style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.1 }} data-testid={`${props.testId}-count`}>
        {props.value}
      </div>
      <div style={{ fontSize: 20 }}>
        {props.subtitle} <b style={{ fontSize: 28, fontVariantNumeric: 'tabular-nums' }}>{clock(props.age)}</b>
      </div>
      {props.children}
    </div>
  );
}

/** Calls waiting, unconfirmed alarms, missed calls, overdue and near-due cases: the numbers a duty supervisor acts on. */
export function QueueTiles({ board, now }: { board: Wallboard; now: number }) {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: 12 }}>
      <BigTile testId="wallboard-calls" title={t('wallboard.callsWaiting')} value={board.calls.waiting} subtitle={t('wallboard.longestWait')} age={ageMs(board.calls.oldestAt, now)} alertAfter={CALL_WAIT_ALERT_MS} />
      <BigTile testId="wallboard-alarms" title={t('wallboard.alarmsOpen')} value={board.alarms.open} subtitle={t('wallboard.oldestAlarm')} age={ageMs(board.alarms.oldestAt, now)} alertAfter={ALARM_AGE_ALERT_MS} />
      <BigTile testId="wallboard-missed" title={t('wallboard.missedCalls')} value={board.missedCalls.waiting} subtitle={t('wallboard.oldestMissed')} age={ageMs(board.missedCalls.oldestAt, now)} />
      <div style={BLOCK} data-testid="wallboard-cases">
        <div style={{ fontSize: 22, opacity: 0.85 }}>{t('wallboard.overdue')}</div>
        <div style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.1, color: board.cases.overdue > 0 ? '#ff7875' : undefined }}>{board.cases.overdue}</div>
        <div style={{ fontSize: 20 }}>
          {t('wallboard.nearDue', { minutes: board.cases.nearDueMinutes })} <b style={{ fontSize: 28 }}>{board.cases.nearDue}</b>
        </div>
      </div>
    </div>
  );
}

/** The unconfirmed alarms and the waiting calls, oldest first, each with its age ticking. */
export function QueueLists({ board, now }: { board: Wallboard; now: number }) {
  const { t } = useTranslation();
  const row = (key: string, testId: string, text: ReactNode, age: number | null, alertAfter: number) => (
    <Flex key={key} justify="space-between" data-testid={testId} style={{ fontSize: 22, padding: '6px 0', borderBottom: '1px solid rgba(255,255,255,0.12)', color: age !== null && age > alertAfter ? '#ff7875' : undefined }}>
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{text}</span>
      <b style={{ fontVariantNumeric: 'tabular-nums', marginLeft: 12 }}>{clock(age)}</b>
    </Flex>
  );
  return (
    <div style={BLOCK}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('wallboard.alarmsOpen')}
      </Typography.Title>
      {board.alarms.list.length === 0 && <div style={{ fontSize: 20, opacity: 0.6 }}>{t('wallboard.noAlarms')}</div>}
      {board.alarms.list.map((a) =>
        row(a.key, 'wallboard-alarm', `${a.elderName ?? t('wallboard.unknownElder')}${a.caseNumber ? ` · ${a.caseNumber}` : ''} · ${a.takenBy ? t('wallboard.takenBy', { name: a.takenBy }) : t('wallboard.waitingAgent')}`, ageMs(a.at, now), ALARM_AGE_ALERT_MS),
      )}
      <Typography.Title level={4}>{t('wallboard.callsWaiting')}</Typography.Title>
      {board.calls.list.length === 0 && <div style={{ fontSize: 20, opacity: 0.6 }}>{t('wallboard.noCalls')}</div>}
      {board.calls.list.map((c) => row(c.popId, 'wallboard-call', `${c.elderName ?? t('wallboard.unknownCaller')} ${c.callerNumber ?? ''}`, ageMs(c.at, now), CALL_WAIT_ALERT_MS))}
    </div>
  );
}
