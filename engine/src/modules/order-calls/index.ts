import { defineModule } from '../../kernel/module';
import { telephonyModule } from '../telephony';
import { orderCallRoutes } from './routes';
import { OrderCalls } from './service';

/** 回拨: a provider's people call an order's elder through the hotline, never by the raw number. */
export const orderCallsModule = defineModule({
  name: 'order-calls',
  entities: [],
  migrations: [],
  needs: { telephony: telephonyModule },
  start: ({ dataSource }, uses) => {
    const orderCalls = new OrderCalls(dataSource, uses.telephony.calls);
    return { gives: { orderCalls }, routes: orderCallRoutes(orderCalls) };
  },
});
