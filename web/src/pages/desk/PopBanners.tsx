import { Alert, App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ScreenPop } from '../../api/telephony-inbound';
import { errorText } from '../../components/errorText';
import { useDictionaries } from '../../hooks/useDictionaries';
import type { Inbound } from './useInbound';

const BUTTONS = ['sos', 'fall', 'service', 'smoke', 'gas', 'water'] as const;

/** A terminal's button by its name in the UI language; a device's own code shows as it is. */
export function buttonName(button: string, t: TFunction): string {
  const known = BUTTONS.find((b) => b === button.toLowerCase());
  return known ? t(`desk.pop.buttons.${known}`) : button;
}

/** What to call a pop nobody is known for: an alarm comes from a device (报警), a call from a caller (来电). */
export function unknownLabel(pop: Pick<ScreenPop, 'kind'>, t: TFunction): string {
  return t(pop.kind === 'alarm' ? 'desk.pop.unknownDevice' : 'desk.pop.unknownCaller');
}

/** The relative whose phone called for the one elder the pop names, if a relative called. */
const onBehalf = (pop: ScreenPop) => (pop.kind === 'call' && pop.elders.length === 1 ? (pop.elders[0].relative ?? null) : null);

/**
 * Who the pop is about, in one line: a relative calling for the elder (刘建国（儿子）代王秀英来电 139…),
 * the elder's name(s), else the number or device, else 未知来电 / 未登记设备. `relation` names a
 * relation code (the relation_type dictionary).
 */
export function popWho(pop: ScreenPop, t: TFunction, relation: (code: string) => string = (code) => code): string {
  const relative = onBehalf(pop);
  if (relative) {
    const caller = `${relative.name}${relative.relation ? t('desk.pop.relation', { relation: relation(relative.relation) }) : ''}`;
    return t('desk.pop.onBehalf', { caller, elder: pop.elders[0].name, number: pop.caller.number ?? relative.phone });
  }
  if (pop.elders.length > 0) return pop.elders.map((e) => e.name).join(' / ');
  const unknown = unknownLabel(pop, t);
  return pop.caller.number ? `${unknown} ${pop.caller.number}` : pop.terminal ? `${unknown} ${pop.terminal.deviceId}` : unknown;
}

/**
 * Pops nobody has taken. An alarm is a red banner with no close button: it goes only when someone
 * takes it (here, or on another desk). A call is a blue line the agent takes or leaves ringing.
 */
/** popWho in the UI language, with relations by their dictionary names. */
export function usePopWho(): (pop: ScreenPop) => string {
  const { t } = useTranslation();
  const dict = useDictionaries();
  return (pop) => popWho(pop, t, (code) => dict.label('relation_type', code));
}

export function PopBanners({ inbound }: { inbound: Inbound }) {
  const { t } = useTranslation();
  const who = usePopWho();
  const { message } = App.useApp();
  const take = (pop: ScreenPop) => inbound.take(pop).catch((err: unknown) => void message.error(errorText(err, t)));
  const ordered = [...inbound.waiting].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'alarm' ? -1 : 1));
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: ordered.length ? 16 : 0 }}>
      {ordered.map((pop) => {
        const alarm = pop.kind === 'alarm';
        const line = who(pop);
        return (
          <Alert
            key={pop.id}
            type={alarm ? 'error' : 'info'}
            showIcon
            banner={alarm}
            data-testid={alarm ? 'alarm-banner' : 'call-toast'}
            style={alarm ? { fontSize: 16, fontWeight: 600 } : undefined}
            // A relative's call says itself who calls for whom (…代王秀英来电): no 来电： before it.
            message={onBehalf(pop) ? line : t('desk.pop.incoming', { kind: t(alarm ? 'desk.pop.alarm' : 'desk.pop.call'), who: line })}
            description={[
              pop.terminal?.button && t('desk.pop.button', { button: buttonName(pop.terminal.button, t) }),
              pop.location?.address && t('desk.pop.location', { address: pop.location.address }),
              pop.attached && pop.caseNumber && t('desk.pop.attached', { number: pop.caseNumber }),
            ].filter(Boolean).join(' · ') || undefined}
            action={
              <Space>
                <Button size="small" onClick={() => inbound.show(pop)}>{t('desk.pop.view')}</Button>
                <Button size="small" type="primary" danger={alarm} onClick={() => void take(pop)} data-testid={alarm ? 'alarm-take' : 'call-take'}>
                  {t(alarm ? 'desk.pop.take' : 'desk.pop.takeCall')}
                </Button>
              </Space>
            }
          />
        );
      })}
    </Space>
  );
}
