import { defineModule } from '../../kernel/module';
import { ProviderFeedbackEntity } from './entities';
import { ProviderFeedback1767100000000 } from './migrations/1767100000000-provider-feedback';
import { providerFeedbackRoutes } from './routes';
import { ProviderFeedbackService } from './service';

export { ProviderFeedbackService };

/** 服务评价: return visits and complaints rate the provider that served the order; the rating ranks dispatch. */
export const providerFeedbackModule = defineModule({
  name: 'provider-feedback',
  entities: [ProviderFeedbackEntity],
  migrations: [ProviderFeedback1767100000000],
  needs: {},
  start: ({ dataSource, audit }) => {
    const feedback = new ProviderFeedbackService(dataSource, audit);
    return { gives: { feedback }, routes: providerFeedbackRoutes(feedback) };
  },
});
