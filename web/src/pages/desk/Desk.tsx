import { App, Button, Col, Result, Row, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenPop } from '../../api/telephony-inbound';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { errorText } from '../../components/errorText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { Inbox } from './Inbox';
import { NewRequest } from './NewRequest';
import { PopBanners, usePopWho } from './PopBanners';
import { ScreenPopPanel } from './ScreenPopPanel';
import { Softphone } from './Softphone';
import { useInbound } from './useInbound';
import { useElderPanel } from './elderFile';

const OPERATORS = ['admin', 'supervisor', 'agent'];

/** 工作台 is for the roles that take calls and work on tasks; others see their other menus. */
export function Desk() {
  const { t } = useTranslation();
  const { user } = useAuth();
  usePageTitle(t('desk.title'));
  if (!hasRole(user, OPERATORS)) return <Result status="info" title={t('desk.title')} subTitle={t('desk.notOperator')} />;
  return <OperatorDesk />;
}

/** Softphone bar, alarm banners and call toasts, the screen pop, the inbox, 新建工单. */
function OperatorDesk() {
  const { t } = useTranslation();
  const { notification, message } = App.useApp();
  const toasted = useRef(new Set<string>());
  const popWho = usePopWho();
  // The toast sits bottom right, clear of the banners, and goes once the pop is taken anywhere.
  const toast = (pop: ScreenPop) => {
    toasted.current.add(pop.id);
    notification.open({
      key: pop.id,
      type: pop.kind === 'alarm' ? 'error' : 'info',
      message: t(pop.kind === 'alarm' ? 'desk.pop.alarm' : 'desk.pop.call'),
      description: popWho(pop),
      placement: 'bottomRight',
      duration: 0,
      btn: (
        <Button type="primary" size="small" danger={pop.kind === 'alarm'} onClick={() => void inbound.take(pop).catch((err: unknown) => void message.error(errorText(err, t)))}>
          {t(pop.kind === 'alarm' ? 'desk.pop.take' : 'desk.pop.takeCall')}
        </Button>
      ),
    });
  };
  const inbound = useInbound(toast);
  const { current, waiting } = inbound;
  useEffect(() => {
    for (const id of toasted.current) {
      if (waiting.some((p) => p.id === id)) continue;
      notification.destroy(id);
      toasted.current.delete(id);
    }
  }, [waiting, notification]);
  // The elder the agent works on: the pop's when it names exactly one, else the agent's pick.
  const [elderId, setElderId] = useState<string | null>(null);
  // The card belongs to the call the agent is on; off a call, a waiting alarm comes before the last pop taken.
  const onCall = inbound.agent?.state === 'busy';
  const alarm = waiting.find((p) => p.kind === 'alarm');
  const shown = (onCall ? current : null) ?? alarm ?? current ?? waiting[0] ?? null;
  useEffect(() => setElderId(shown?.elders.length === 1 ? shown.elders[0].id : null), [shown?.id, shown?.elders]);
  const panelElder = useElderPanel(elderId && !shown?.elders.some((e) => e.id === elderId) ? elderId : null);
  const named = shown?.elders.find((e) => e.id === elderId) ?? panelElder ?? null;

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t('desk.title')}</Typography.Title>
      <Softphone inbound={inbound} extra={<NewRequest elder={named && elderId ? { id: named.id, name: named.name } : null} callId={current?.kind === 'call' && !current.caseId ? current.callId : null} />} />
      <PopBanners inbound={inbound} />
      <Row gutter={16}>
        <Col xs={24} xl={11}>
          <ScreenPopPanel pop={shown} elderId={elderId} onElder={setElderId} />
        </Col>
        <Col xs={24} xl={13}>
          <Inbox />
        </Col>
      </Row>
    </>
  );
}
