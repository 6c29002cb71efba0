import { App, Button, Input, Popover, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerInbound, hangupInbound, transferCall } from '../../api/telephony-inbound';
import { useAuth } from '../../auth/useAuth';
import { errorText } from '../../components/errorText';
import type { Inbound } from './useInbound';

/**
 * The line of what I am on: a call (接听 while it rings, 挂断, 转接) or an alarm (处理完毕); read
 * from the engine, so it is back after a reload.
 */
export function CallBar({ inbound }: { inbound: Inbound }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const [group, setGroup] = useState('hotline');
  const { current, call, agent } = inbound;
  const act = (fn: () => Promise<unknown>, done?: string) => () =>
    fn().then(() => done && void message.success(done), (err: unknown) => void message.error(errorText(err, t)));

  const mine = current && current.takenBy?.userId === user?.id && agent?.state === 'busy' ? current : null;
  if (call && current?.callId === call.id && call.status !== 'ended') {
    return (
      <>
        <Tag color="purple" data-testid="current-call">{t('desk.phone.onCall', { number: call.from ?? t('desk.pop.unknownCaller') })}</Tag>
        {call.status === 'ringing' && <Button type="primary" onClick={act(() => answerInbound(call.id))} data-testid="call-answer">{t('desk.phone.answer')}</Button>}
        <Button danger onClick={act(() => hangupInbound(call.id))} data-testid="call-hangup">{t('desk.phone.hangup')}</Button>
        <Popover
          trigger="click"
          title={t('desk.phone.transferTo')}
          content={
            <Space.Compact>
              <Input value={group} onChange={(e) => setGroup(e.target.value)} style={{ width: 140 }} aria-label={t('desk.phone.transferTo')} />
              <Button onClick={act(() => transferCall(call.id, group.trim()), t('desk.phone.transferred', { group }))}>{t('desk.phone.transfer')}</Button>
            </Space.Compact>
          }
        >
          <Button data-testid="call-transfer">{t('desk.phone.transfer')}</Button>
        </Popover>
      </>
    );
  }
  if (mine && !mine.callId) {
    return (
      <>
        <Tag color="red" data-testid="current-alarm">{t('desk.phone.onAlarm')}</Tag>
        <Button danger onClick={act(() => inbound.finish(mine))} data-testid="alarm-finish">{t('desk.phone.finish')}</Button>
      </>
    );
  }
  return null;
}
