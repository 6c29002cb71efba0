import { defaultAdapterSettings, HttpEngineClient, SecretStore, startExternalTaskWorkers, startOutboxSenderFor } from '@careflow/connectors';
import { defineModule } from '../../kernel/module';
import { CONNECTOR_USERNAME } from '../identity/entities';
import { identityModule } from '../identity';
import { ConnectorEffectEntity } from './entities';
import { ConnectorReports } from './reports';
import { connectorRuntimeRoutes } from './routes';
import { ConnectorEffectStore } from './service';
import { ensureConnectorUser } from './service-user';

/** What connectors call back (effects once, job reports to case timelines), and the connectors run in this process. */
export const connectorRuntimeModule = defineModule({
  name: 'connector-runtime',
  entities: [ConnectorEffectEntity],
  migrations: [],
  needs: { identity: identityModule },
  start: ({ dataSource, timeline, logger, outbound, operaton, connectors }, uses) => {
    let workers: { close(): Promise<void> } | undefined;
    let outboxSender: { close(): Promise<void> } | undefined;
    return {
      gives: {},
      routes: connectorRuntimeRoutes(new ConnectorEffectStore(dataSource), new ConnectorReports(timeline)),
      workers: [
        {
          name: 'connectors',
          // In-process connectors use the engine's HTTP API like any other client, so they start once it listens.
          start: async ({ url }) => {
            await ensureConnectorUser(dataSource);
            const { identity } = uses.identity;
            const run = {
              engine: new HttpEngineClient(url, async () => (await identity.openServiceSession(CONNECTOR_USERNAME)).token),
              secrets: new SecretStore(process.env, connectors.secretsFile),
              logger,
              outbound,
              // One settings object for the jobs and the outbox sender: the SMS adapter (an SMPP session) is made once for it.
              settings: connectors.settings ?? defaultAdapterSettings(),
            };
            workers = startExternalTaskWorkers(operaton.rest.url, connectors.descriptors, { ...run, maxTasksActive: connectors.maxTasksActive, pollTimeoutMs: connectors.pollTimeoutMs, stopGraceMs: connectors.stopGraceMs, headers: operaton.rest.headers });
            // The SMS the engine queues itself (催办/督办 copies) are sent beside the SMS connector, through the same API.
            outboxSender = startOutboxSenderFor(connectors.descriptors, { engine: run.engine, settings: run.settings.sms, logger });
          },
          stop: async () => {
            await outboxSender?.close();
            await workers?.close();
          },
        },
      ],
    };
  },
});
