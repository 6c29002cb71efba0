import { auditModule } from './audit';
import { identityModule } from './identity';
import { healthModule } from './health';
import { deploymentsModule } from './deployments';
import { decisionsModule } from './decisions';
import { formsModule } from './forms';
import { calendarModule } from './calendar';
import { areasModule } from './areas';
import { dictionariesModule } from './dictionaries';
import { providersModule } from './providers';
import { eldersModule } from './elders';
import { importsModule } from './imports';
import { filesModule } from './files';
import { exportsModule } from './exports';
import { serviceTypesModule } from './service-types';
import { processInstancesModule } from './process-instances';
import { tasksModule } from './tasks';
import { casesModule } from './cases';
import { messagesModule } from './messages';
import { dispatchesModule } from './dispatches';
import { billingModule } from './billing';
import { periodicNeedsModule } from './periodic-needs';
import { carePlansModule } from './care-plans';
import { careCampaignsModule } from './care-campaigns';
import { notificationsModule } from './notifications';
import { incidentsModule } from './incidents';
import { connectorRuntimeModule } from './connector-runtime';
import { telephonyModule } from './telephony';
import { statsModule } from './stats';
import { wallboardModule } from './wallboard';
import { monthlyReportsModule } from './monthly-reports';
import { orderCallsModule } from './order-calls';
import { orderIssuesModule } from './order-issues';
import { providerFeedbackModule } from './provider-feedback';
import { knowledgeModule } from './knowledge';
import { smsModule } from './sms';
import { alertsModule } from './alerts';
import { handoversModule } from './handovers';
import { seedsModule } from './seeds';

/**
 * The engine's modules, in start order: a module comes after the modules it needs. Their tables and
 * schema steps make the database; their routes, workers and live-event audiences make the engine.
 * Adding a module is its folder and one line here.
 */
export const engineModules = [
  healthModule,
  identityModule,
  auditModule,
  deploymentsModule,
  decisionsModule,
  formsModule,
  calendarModule,
  areasModule,
  dictionariesModule,
  providersModule,
  eldersModule,
  filesModule,
  exportsModule,
  serviceTypesModule,
  processInstancesModule,
  tasksModule,
  casesModule,
  messagesModule,
  dispatchesModule,
  billingModule,
  periodicNeedsModule,
  carePlansModule,
  careCampaignsModule,
  // After care plans: they are a kind of import.
  importsModule,
  notificationsModule,
  incidentsModule,
  connectorRuntimeModule,
  telephonyModule,
  statsModule,
  monthlyReportsModule,
  wallboardModule,
  orderCallsModule,
  orderIssuesModule,
  providerFeedbackModule,
  knowledgeModule,
  smsModule,
  alertsModule,
  handoversModule,
  seedsModule,
] as const;
