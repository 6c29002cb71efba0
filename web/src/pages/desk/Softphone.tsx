import { App, Button, Card, Input, Segmented, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DESK_STATES, dialOut, simulateInbound, type AgentStateName } from '../../api/telephony-inbound';
import { errorText } from '../../components/errorText';
import { CallBar } from './CallBar';
import type { Inbound } from './useInbound';
import { WrapUp } from './WrapUp';

const STATE_COLOR: Record<AgentStateName, string> = { idle: 'green', busy: 'red', after_call: 'orange', break: 'blue', signed_out: 'default' };

/** 软电话: the agent state switcher (with 话后处理's time left), the call bar, dial out and the simulator. */
export function Softphone({ inbound, extra }: { inbound: Inbound; extra?: React.ReactNode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [number, setNumber] = useState('');
  const [demoFrom, setDemoFrom] = useState('');
  const { agent } = inbound;

  const act = (fn: () => Promise<unknown>, done?: string) => () =>
    fn().then(() => done && void message.success(done), (err: unknown) => void message.error(errorText(err, t)));

  const demo = (kind: 'alarm' | 'call') => {
    const from = demoFrom.trim();
    const input = kind === 'alarm' && from && !/^\+?\d{5,}$/.test(from) ? { kind, terminalId: from, button: 'sos' } : { kind, ...(from ? { from } : {}), ...(kind === 'alarm' ? { button: 'sos' } : {}) };
    return act(() => simulateInbound(input), t('desk.phone.demoRaised', { kind: t(`desk.pop.${kind}`) }))();
  };

  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="softphone">
      <Space wrap size="middle" style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Typography.Text strong>{t('desk.state.label')}</Typography.Text>
          {agent ? (
            <>
              <Tag color={STATE_COLOR[agent.state]} data-testid="agent-state">{t(`desk.state.${agent.state}`)}</Tag>
              <Segmented<AgentStateName>
                value={agent.state}
                data-testid="agent-state-switch"
                options={DESK_STATES.map((s) => ({ value: s, label: t(`desk.state.${s}`) }))}
                onChange={(state) => void act(() => inbound.setState(state))()}
              />
              <WrapUp inbound={inbound} />
            </>
          ) : (
            <Tooltip title={t('desk.state.unavailable')}>
              <Segmented disabled options={DESK_STATES.map((s) => t(`desk.state.${s}`))} />
            </Tooltip>
          )}
        </Space>
        <Space wrap>
          <CallBar inbound={inbound} />
          <Space.Compact>
            <Input value={number} onChange={(e) => setNumber(e.target.value)} placeholder={t('desk.phone.dialPlaceholder')} style={{ width: 150 }} aria-label={t('desk.phone.dialPlaceholder')} />
            <Button onClick={act(() => dialOut(number.trim(), undefined, inbound.current?.caseId), t('desk.phone.dialed', { to: number }))} disabled={!number.trim()} data-testid="dial-out">{t('desk.phone.dial')}</Button>
          </Space.Compact>
          <Space.Compact>
            <Input value={demoFrom} onChange={(e) => setDemoFrom(e.target.value)} placeholder={t('desk.phone.demoFrom')} style={{ width: 170 }} aria-label={t('desk.phone.demoFrom')} data-testid="demo-from" />
            <Button danger onClick={() => void demo('alarm')} data-testid="demo-alarm">{t('desk.phone.demoAlarm')}</Button>
            <Button onClick={() => void demo('call')} data-testid="demo-call">{t('desk.phone.demoCall')}</Button>
          </Space.Compact>
          {extra}
        </Space>
      </Space>
    </Card>
  );
}
