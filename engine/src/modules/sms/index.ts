import { defineModule } from '../../kernel/module';
import { areasModule } from '../areas';
import { smsEntities } from './entities';
import { Sms1765700000000 } from './migrations/1765700000000-sms';
import { SmsPhoneGuards1766100300000 } from './migrations/1766100300000-sms-phone-guards';
import { SmsTemplateSeed1766400000000 } from './migrations/1766400000000-sms-template-seed';
import { SmsOutboxClaims1766500000000 } from './migrations/1766500000000-sms-outbox-claims';
import { SmsOutbox } from './outbox';
import { smsRoutes } from './routes';
import { SmsTemplateService } from './templates';

/** 短信: the outbox the SMS connector delivers from, its receipts, and the message templates. */
export const smsModule = defineModule({
  name: 'sms',
  entities: smsEntities,
  migrations: [Sms1765700000000, SmsPhoneGuards1766100300000, SmsTemplateSeed1766400000000, SmsOutboxClaims1766500000000],
  needs: { areas: areasModule },
  start: ({ dataSource, audit, config }, { areas }) => {
    const templates = new SmsTemplateService(dataSource, audit);
    // Queued by template key, the message is rendered here, once: the connector sends what is stored.
    const outbox = new SmsOutbox(dataSource, config.sms.rateLimitPerHour, async (key, params) => (await templates.render(key, params)).content);
    return { gives: { outbox, templates }, routes: smsRoutes(outbox, templates, dataSource, areas.areas) };
  },
});
