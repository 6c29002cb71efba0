import { defineModule } from '../../kernel/module';
import { areasModule } from '../areas';
import { messagesModule } from '../messages';
import { NotificationService } from '../notifications/service';
import { SmsOutbox } from '../sms/outbox';
import { SmsTemplateService } from '../sms/templates';
import { DispatchAnswers } from './answers';
import { DispatchEntity, ProviderWebhookEntity } from './entities';
import { DispatchWork1766600100000 } from './migrations/1766600100000-dispatch-work';
import { DispatchSla1766810000000 } from './migrations/1766810000000-dispatch-sla';
import { NewOrderSmsTemplates1766810100000 } from './migrations/1766810100000-new-order-sms-templates';
import { DispatchVisitResult1767600000000 } from './migrations/1767600000000-dispatch-visit-result';
import { DispatchAcceptedAt1768000000000 } from './migrations/1768000000000-dispatch-accepted';
import { OrderNotices } from './order-notices';
import { dispatchRoutes } from './routes';
import { DispatchService } from './service';
import { SlaDispatchAnswers } from './sla-answers';
import { ProviderWebhooks } from './webhooks';

export { DispatchService, DispatchAnswers, ProviderWebhooks };

/**
 * 派单: the dispatch records with their SLA (answer and work due times), the providers' answers
 * (messages into processes), their webhooks, and the notices of new and assigned orders.
 */
export const dispatchesModule = defineModule({
  name: 'dispatches',
  entities: [DispatchEntity, ProviderWebhookEntity],
  migrations: [DispatchWork1766600100000, DispatchSla1766810000000, NewOrderSmsTemplates1766810100000, DispatchVisitResult1767600000000, DispatchAcceptedAt1768000000000],
  needs: { areas: areasModule, messages: messagesModule },
  start: ({ dataSource, audit, config, outbound, live, logger }, uses) => {
    // The SMS and notification services are stateless over the database, so built here (as billing does).
    const templates = new SmsTemplateService(dataSource, audit);
    const outbox = new SmsOutbox(dataSource, config.sms.rateLimitPerHour, async (key, params) => (await templates.render(key, params)).content);
    const notices = new OrderNotices(dataSource, new NotificationService(dataSource, live), outbox, config.cases.timeZone, logger);
    const dispatches = new DispatchService(dataSource, uses.areas.areas, config.cases.timeZone, notices);
    const answers = new SlaDispatchAnswers(notices, dataSource, uses.messages.messages, audit);
    return { gives: { dispatches, answers }, routes: dispatchRoutes(dispatches, answers, new ProviderWebhooks(dataSource, outbound)) };
  },
});
