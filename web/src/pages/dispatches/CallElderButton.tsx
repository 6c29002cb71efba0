import { PhoneOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dispatch } from '../../api/dispatches';
import { callElder } from '../../api/order-calls';
import { errorText } from '../../components/errorText';

const OPEN: Dispatch['status'][] = ['dispatched', 'accepted', 'started'];

/**
 * 呼叫老人 on an open order: the hotline rings the user's own phone, then the elder, so the elder's
 * number (masked on the card) is never needed. Confirmed first: a mistaken tap should not ring anyone.
 */
export function CallElderButton({ order, large = false }: { order: Dispatch; large?: boolean }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [calling, setCalling] = useState(false);
  if (!order.visit || !OPEN.includes(order.status)) return null;
  const call = () =>
    modal.confirm({
      title: t('orderCalls.confirmTitle'),
      content: t('orderCalls.confirmBody'),
      okText: t('orderCalls.ok'),
      okButtonProps: { size: large ? 'large' : 'middle', id: `call-elder-ok-${order.id}` },
      cancelButtonProps: { size: large ? 'large' : 'middle' },
      onOk: async () => {
        setCalling(true);
        try {
          const placed = await callElder(order.id);
          void message.success(t('orderCalls.placed', { callback: placed.callback }));
        } catch (error) {
          void message.error(errorText(error, t));
        } finally {
          setCalling(false);
        }
      },
    });
  return (
    <Button icon={<PhoneOutlined />} size={large ? 'large' : 'small'} block={large} loading={calling} onClick={call} data-testid={`call-elder-${order.id}`} style={large ? { marginTop: 8 } : undefined}>
      {t('orderCalls.call')}
    </Button>
  );
}
