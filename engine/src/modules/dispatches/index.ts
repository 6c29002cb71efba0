import { defineModule } from '../../kernel/module';
import { areasModule } from '../areas';
import { messagesModule } from '../messages';
import { DispatchAnswers } from './answers';
import { DispatchEntity, ProviderWebhookEntity } from './entities';
import { DispatchWork1766600100000 } from './migrations/1766600100000-dispatch-work';
import { dispatchRoutes } from './routes';
import { DispatchService } from './service';
import { ProviderWebhooks } from './webhooks';

export { DispatchService, DispatchAnswers, ProviderWebhooks };

/** 派单: the dispatch records, the providers' answers (messages into processes) and their webhooks. */
export const dispatchesModule = defineModule({
  name: 'dispatches',
  entities: [DispatchEntity, ProviderWebhookEntity],
  migrations: [DispatchWork1766600100000],
  needs: { areas: areasModule, messages: messagesModule },
  start: ({ dataSource, audit, config, outbound }, uses) => {
    const dispatches = new DispatchService(dataSource, uses.areas.areas, config.cases.timeZone);
    const answers = new DispatchAnswers(dataSource, uses.messages.messages, audit);
    return { gives: {}, routes: dispatchRoutes(dispatches, answers, new ProviderWebhooks(dataSource, outbound)) };
  },
});
