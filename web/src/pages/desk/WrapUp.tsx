import { App, Button, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/errorText';
import type { Inbound } from './useInbound';

const clock = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** 话后处理: how long the wrap-up has left (the engine then makes me idle) and a button to end it now. */
export function WrapUp({ inbound }: { inbound: Inbound }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [now, setNow] = useState(Date.now());
  const until = inbound.agent?.state === 'after_call' ? inbound.agent.wrapUpUntil : null;
  useEffect(() => {
    if (!until) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [until]);
  if (!until) return null;
  return (
    <>
      <Tag color="orange" data-testid="wrap-up">{t('desk.state.wrapUpLeft', { time: clock(new Date(until).getTime() - now) })}</Tag>
      <Button size="small" onClick={() => void inbound.setState('idle').catch((err: unknown) => void message.error(errorText(err, t)))} data-testid="wrap-up-end">
        {t('desk.state.endWrapUp')}
      </Button>
    </>
  );
}
