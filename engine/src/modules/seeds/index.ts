import { defineModule } from '../../kernel/module';
import { withTimeout } from '../../time';
import { decisionsModule } from '../decisions';
import { formsModule } from '../forms';
import { identityModule } from '../identity';
import { providersModule } from '../providers';
import { serviceTypesModule } from '../service-types';
import { startSeeding } from './loader';

/** How long start waits for the shipped service types before it lets seeding finish in the background. */
const SEEDING_WAIT_MS = 20_000;

/** The shipped service types (紧急救助 …), their forms, demo users and service items, seeded on first start. */
export const seedsModule = defineModule({
  name: 'seeds',
  entities: [],
  migrations: [],
  needs: { serviceTypes: serviceTypesModule, forms: formsModule, identity: identityModule, providers: providersModule, decisions: decisionsModule },
  start: ({ dataSource, logger }, uses) => {
    let seeding: ReturnType<typeof startSeeding> | undefined;
    const deps = { dataSource, serviceTypes: uses.serviceTypes.serviceTypes, forms: uses.forms.forms, users: uses.identity.users, items: uses.providers.items, decisions: uses.decisions.decisions };
    return {
      gives: {},
      workers: [
        {
          name: 'seeds',
          // A failure is logged and retried, never fatal.
          start: async () => {
            seeding = startSeeding(deps, logger);
            await withTimeout(seeding.ready, SEEDING_WAIT_MS, 'Seeding the shipped service types').catch((error: unknown) => logger.warn({ err: error }, 'seeding goes on in the background'));
          },
          stop: () => seeding?.close(),
        },
      ],
    };
  },
});
