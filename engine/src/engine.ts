import http from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { EngineConfig } from './config';
import { createApp } from './http/app';
import { openApiDocument } from './http/openapi';
import { RouteSpec } from './http/route';
import { InProcessConnectors } from './kernel/module';
import { createPlatform } from './kernel/platform';
import { startModules } from './kernel/start';
import { attachLiveSocket } from './live/socket';
import { Logger } from './logger';
import { engineModules } from './modules';
import { areasModule } from './modules/areas';
import { AuditLog } from './modules/audit/service';
import { identityModule } from './modules/identity';
import { IdentityService } from './modules/identity/service';
import { UserService } from './modules/identity/users-service';
import { ProcessEngineLink } from './operaton/engine-info';
import type { StartedModules } from './kernel/start';
import { ENGINE_VERSION } from './version';

export interface EngineDeps {
  config: EngineConfig;
  dataSource: DataSource;
  logger: Logger;
  /** The process engine (Operaton) that runs cases, embedded or external. */
  processEngine: ProcessEngineLink;
  /** The in-process connectors; `settings` configures their adapters (unset: the local ones). */
  connectors: InProcessConnectors;
}

export interface RunningEngine {
  url: string;
  routes: RouteSpec[];
  identity: IdentityService;
  users: UserService;
  audit: AuditLog;
  /** What a module gives (its services), for what runs beside the HTTP API: tests, benches. */
  given: StartedModules['given'];
  stop(): Promise<void>;
}

/** Starts the modules (see modules/index.ts), listens, then starts the Operaton loops and the modules' workers. */
export async function startEngine(deps: EngineDeps): Promise<RunningEngine> {
  const { config, logger } = deps;
  const platform = createPlatform(deps);
  const modules = await startModules(engineModules, platform);
  const { identity, users } = modules.given(identityModule);
  const routes: RouteSpec[] = [
    ...modules.routes,
    {
      method: 'get',
      path: '/openapi.json',
      summary: 'This API as an OpenAPI 3.1 document',
      access: 'public',
      handler: async () => openApiDocument(routes, { version: ENGINE_VERSION }),
    },
  ];
  const { http: web } = config;
  const origins = { trustProxy: web.trustProxy, trustedOrigins: web.trustedOrigins };
  const app = createApp({ logger, identity, routes, audit: platform.audit, bodyLimit: web.bodyLimit, webDist: web.webDist, checkResponses: web.checkResponses, ...origins });
  platform.operaton.start();

  const handle = app.callback();
  // Koa answers every request itself (errors included); its promise is nothing for Node to wait on.
  const server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(web.port, web.host, () => resolve());
  });
  const socket = attachLiveSocket(server, identity, modules.given(areasModule).areas, platform.live, logger, origins);
  const { port } = server.address() as AddressInfo;
  const url = `http://${web.host === '0.0.0.0' ? '127.0.0.1' : web.host}:${port}`;
  for (const worker of modules.workers) await worker.start({ url });
  return {
    url,
    routes,
    identity,
    users,
    audit: platform.audit,
    given: (module) => modules.given(module),
    stop: async () => {
      for (const worker of [...modules.workers].reverse()) await worker.stop();
      await platform.operaton.stop();
      socket.close();
      await platform.outbound.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
