import { defineModule } from '../../kernel/module';
import { dispatchesModule } from '../dispatches';
import { messagesModule } from '../messages';
import { OrderIssueEntity } from './entities';
import { OrderIssues1766900000000 } from './migrations/1766900000000-order-issues';
import { orderIssueRoutes } from './routes';
import { OrderIssues } from './service';

/** 服务商上报: a worker's report on an order reaches the hotline as a task of the case. */
export const orderIssuesModule = defineModule({
  name: 'order-issues',
  entities: [OrderIssueEntity],
  migrations: [OrderIssues1766900000000],
  needs: { dispatches: dispatchesModule, messages: messagesModule },
  start: ({ dataSource, audit }, uses) => {
    const issues = new OrderIssues(dataSource, uses.messages.messages, audit, uses.dispatches.dispatches);
    return { gives: { issues }, routes: orderIssueRoutes(issues) };
  },
});
