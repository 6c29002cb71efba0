import { AdapterSettings, ConnectorDescriptor, connectors, HttpEngineClient, jobType, OutboundPolicy, SecretStore, startExternalTaskWorkers } from '@careflow/connectors';
import http from 'node:http';
import { ConnectorReports } from './modules/connector-runtime/reports';
import { connectorRuntimeRoutes } from './modules/connector-runtime/routes';
import { ConnectorEffectStore } from './modules/connector-runtime/service';
import { ensureConnectorUser } from './modules/connector-runtime/service-user';
import { CONNECTOR_USERNAME } from './modules/identity/entities';
import path from 'node:path';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { EngineConfig } from './config';
import { createApp } from './http/app';
import { openApiDocument } from './http/openapi';
import { RouteSpec } from './http/route';
import { Logger } from './logger';
import { caseRoutes } from './modules/cases/routes';
import { areaRoutes } from './modules/areas/routes';
import { AreaService } from './modules/areas/service';
import { dictionaryRoutes } from './modules/dictionaries/routes';
import { DictionaryService } from './modules/dictionaries/service';
import { elderRoutes } from './modules/elders/routes';
import { ElderService } from './modules/elders/service';
import { exportRoutes } from './modules/exports/routes';
import { areaImport } from './modules/imports/kinds/areas';
import { elderImport } from './modules/imports/kinds/elders';
import { providerImport, staffImport } from './modules/imports/kinds/providers';
import { importRoutes } from './modules/imports/routes';
import { ImportService } from './modules/imports/service';
import { fileRoutes } from './modules/files/routes';
import { FileService } from './modules/files/service';
import { providerModule } from './modules/providers';
import { calendarRoutes } from './modules/calendar/routes';
import { CalendarService } from './modules/calendar/service';
import { CaseService } from './modules/cases/service';
import { CaseTimeline } from './modules/cases/timeline';
import { deploymentRoutes } from './modules/deployments/routes';
import { DeploymentService } from './modules/deployments/service';
import { auditRoutes } from './modules/audit/routes';
import { AuditLog } from './modules/audit/service';
import { formRoutes } from './modules/forms/routes';
import { FormService } from './modules/forms/service';
import { healthRoutes } from './modules/health/routes';
import { incidentRoutes } from './modules/incidents/routes';
import { IncidentService } from './modules/incidents/service';
import { LiveEvents } from './modules/live/events';
import { attachLiveSocket } from './modules/live/socket';
import { messageRoutes } from './modules/messages/routes';
import { telephonyModule } from './modules/telephony';
import { smsRoutes } from './modules/sms/routes';
import { MessageService } from './modules/messages/service';
import { MessageAccess } from './modules/messages/access';
import { dispatchModule } from './modules/dispatches';
import { notificationRoutes, NotificationService } from './modules/notifications';
import { HealthService } from './modules/health/service';
import { identityRoutes } from './modules/identity/routes';
import { IdentityService } from './modules/identity/service';
import { userRoutes } from './modules/identity/users-routes';
import { UserService } from './modules/identity/users-service';
import { processInstanceRoutes } from './modules/process-instances/routes';
import { ProcessInstanceService } from './modules/process-instances/service';
import { taskRoutes } from './modules/tasks/routes';
import { serviceTypeRoutes } from './modules/service-types/routes';
import { ServiceTypeService } from './modules/service-types/service';
import { TaskFilterService } from './modules/tasks/filters';
import { TaskService } from './modules/tasks/service';
import { Task } from './modules/tasks/entities';
import { startSeeding } from './modules/seeds/loader';
import { ENGINE_VERSION } from './version';
import { withTimeout } from './time';
import { ProcessEngineLink } from './operaton/engine-info';
import { createOperatonRuntime } from './wiring/operaton';

export interface EngineDeps {
  config: EngineConfig;
  dataSource: DataSource;
  logger: Logger;
  /** The process engine (Operaton) that runs cases, embedded or external. */
  processEngine: ProcessEngineLink;
  /** Connectors to run in this process (their external tasks are reported to case timelines). */
  /** The in-process connectors; `settings` configures their adapters (unset: the local ones). */
  connectors: { descriptors: ConnectorDescriptor[]; maxTasksActive: number; secretsFile?: string; settings?: AdapterSettings };
}

export interface RunningEngine {
  url: string;
  routes: RouteSpec[];
  identity: IdentityService;
  users: UserService;
  audit: AuditLog;
  stop(): Promise<void>;
}

/** Wires the modules, starts the process engine's loops (case starts, the task feed, messages) and listens. */
export async function startEngine(deps: EngineDeps): Promise<RunningEngine> {
  const { config, dataSource, logger } = deps;
  const audit = new AuditLog(dataSource);
  const outbound = new OutboundPolicy(config.outbound.allowHosts);
  const identity = new IdentityService(dataSource, audit, config.sessionTtlMs, config.lockout);
  const users = new UserService(dataSource, identity, audit, config.passwordChangeOnFirstLogin);
  const timeline = new CaseTimeline(dataSource);
  const live = new LiveEvents(config.http.checkResponses);
  const operaton = createOperatonRuntime({ dataSource, rest: deps.processEngine.rest, logger, timeline, audit, live });
  const deployments = new DeploymentService(dataSource, audit, operaton);
  const forms = new FormService(dataSource, audit);
  const calendar = new CalendarService(dataSource, audit, config.cases.timeZone);
  const areas = new AreaService(dataSource, audit);
  const dictionaries = new DictionaryService(dataSource, audit);
  const providers = providerModule({ dataSource, audit, areas, dictionaries });
  const elders = new ElderService(dataSource, audit, areas, dictionaries);
  const imports = new ImportService(dataSource, [elderImport(elders, dictionaries), areaImport(areas), providerImport(providers.providers), staffImport(providers.providers, providers.staff)], logger);
  await imports.recover();
  const cases = new CaseService(dataSource, timeline, audit, config.cases, live, calendar, elders, areas, operaton);
  const incidents = new IncidentService(areas, operaton);
  const messages = new MessageService(dataSource, operaton);
  const serviceTypes = new ServiceTypeService(dataSource, forms, deployments, audit, new Set(connectors.map(jobType)));
  const routes: RouteSpec[] = [
    ...healthRoutes(new HealthService(dataSource, config.database, ENGINE_VERSION, deps.processEngine)),
    ...identityRoutes(identity),
    ...userRoutes(users),
    ...auditRoutes(audit, config.cases.timeZone),
    ...deploymentRoutes(deployments),
    ...formRoutes(forms),
    ...calendarRoutes(calendar),
    ...areaRoutes(areas),
    ...dictionaryRoutes(dictionaries),
    ...providers.routes,
    ...elderRoutes(elders, dataSource, areas),
    ...importRoutes(imports),
    ...fileRoutes(new FileService(dataSource, audit, path.join(config.home, 'files'))),
    ...exportRoutes({ dataSource, audit, areas, dictionaries, elders, providers: providers.providers }),
    ...serviceTypeRoutes(serviceTypes),
    ...processInstanceRoutes(new ProcessInstanceService(dataSource, audit, operaton)),
    ...taskRoutes(new TaskService(dataSource, audit, timeline, forms, areas, operaton), new TaskFilterService(dataSource)),
    ...caseRoutes(cases),
    ...messageRoutes(messages, new MessageAccess(dataSource, areas)),
    ...dispatchModule({ dataSource, audit, areas, messages, timeZone: config.cases.timeZone, outbound }).routes,
    ...notificationRoutes(new NotificationService(dataSource, live)),
    ...incidentRoutes(incidents, cases),
    ...connectorRuntimeRoutes(new ConnectorEffectStore(dataSource), new ConnectorReports(timeline)),
    ...telephonyModule({
      dataSource,
      live,
      areas,
      webhookSecret: config.env.TELEPHONY_WEBHOOK_SECRET,
      inbound: { cases, timeline, logger, switchSecrets: config.env.TELEPHONY_SWITCH_SECRETS, alarm: { serviceType: config.env.ALARM_SERVICE_TYPE, dedupSeconds: config.env.ALARM_DEDUP_SECONDS } },
    }).routes,
    ...smsRoutes(dataSource, audit, areas, config.sms),
  ];
  routes.push({
    method: 'get',
    path: '/openapi.json',
    summary: 'This API as an OpenAPI 3.1 document',
    access: 'public',
    handler: async () => openApiDocument(routes, { version: ENGINE_VERSION }),
  });
  const app = createApp({
    logger,
    identity,
    routes,
    audit,
    bodyLimit: config.http.bodyLimit,
    webDist: config.http.webDist,
    trustProxy: config.http.trustProxy,
    trustedOrigins: config.http.trustedOrigins,
    checkResponses: config.http.checkResponses,
  });
  const onTaskCreated = (task: Task) => {
    live.emit({ type: 'task.created', task });
    if (!task.caseId) return;
    const data = { taskId: task.id, elementId: task.elementId, name: task.name, formKey: task.formKey, candidateGroups: task.candidateGroups };
    timeline.record(task.caseId, 'task.created', null, data).catch((error: unknown) => logger.error({ err: error }, 'timeline write failed'));
  };
  operaton.projection.events.on('task.created', onTaskCreated);
  // Ended by the engine (a boundary timer, a cancel) or changed there: the inbox hears of it as of a user's action.
  operaton.projection.events.on('task.updated', (task) => live.emit({ type: 'task.updated', task }));
  operaton.start();

  const handle = app.callback();
  // Koa answers every request itself (errors included); its promise is nothing for Node to wait on.
  const server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.http.port, config.http.host, () => resolve());
  });
  const socket = attachLiveSocket(server, identity, areas, live, logger, { trustProxy: config.http.trustProxy, trustedOrigins: config.http.trustedOrigins });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.http.host === '0.0.0.0' ? '127.0.0.1' : config.http.host}:${port}`;
  await ensureConnectorUser(dataSource);
  // In-process connectors use the engine's HTTP API like any other client, now that it listens.
  const connectorRun = {
    engine: new HttpEngineClient(url, async () => (await identity.openServiceSession(CONNECTOR_USERNAME)).token),
    secrets: new SecretStore(process.env, deps.connectors.secretsFile),
    logger,
    outbound,
    settings: deps.connectors.settings,
  };
  // In-process connectors take the process engine's external tasks.
  const workers = startExternalTaskWorkers(operaton.rest.url, deps.connectors.descriptors, { ...connectorRun, maxTasksActive: deps.connectors.maxTasksActive, headers: operaton.rest.headers });
  // Shipped service types (紧急救助) on first start; a failure is logged and retried, never fatal.
  const seeding = startSeeding({ dataSource, serviceTypes, forms, users, items: providers.items }, logger);
  await withTimeout(seeding.ready, 20_000, 'Seeding the shipped service types').catch((error: unknown) => logger.warn({ err: error }, 'seeding goes on in the background'));
  return {
    url,
    routes,
    identity,
    users,
    audit,
    stop: async () => {
      seeding.close();
      await imports.idle();
      await workers.close();
      await operaton.stop();
      socket.close();
      await outbound.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
