import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dispatch, DispatchStatus } from '../../api/dispatches';

export interface OrderActions {
  accept: (d: Dispatch) => void;
  reject: (d: Dispatch) => void;
  start: (d: Dispatch) => void;
  finish: (d: Dispatch) => void;
}
type ActionKey = keyof OrderActions;

/** What a provider may do next with an order in each status (the engine's state machine, as buttons). */
export const NEXT_ACTIONS: Record<DispatchStatus, ActionKey[]> = { dispatched: ['accept', 'reject'], accepted: ['start'], started: ['finish'], rejected: [], expired: [], done: [], canceled: [] };
const LABELS = { accept: 'dispatches.accept', reject: 'dispatches.reject', start: 'dispatches.work.start', finish: 'dispatches.work.finish' } as const;

/** The order's next actions: small in the desk table, large and full-width on a phone's card. */
export function OrderActionButtons({ order, actions, large = false }: { order: Dispatch; actions: OrderActions; large?: boolean }) {
  const { t } = useTranslation();
  const keys = NEXT_ACTIONS[order.status];
  if (keys.length === 0) return null;
  return (
    <Flex gap={8} style={large ? { marginTop: 12 } : undefined}>
      {keys.map((key) => (
        <Button
          key={key}
          size={large ? 'large' : 'small'}
          block={large}
          type={key === 'reject' || (!large && key !== 'accept') ? 'default' : 'primary'}
          danger={key === 'reject'}
          data-testid={`${key}-${order.id}`}
          onClick={() => actions[key](order)}
        >
          {t(LABELS[key])}
        </Button>
      ))}
    </Flex>
  );
}
