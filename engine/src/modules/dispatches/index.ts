import type { OutboundPolicy } from '@careflow/connectors';
import { DataSource, EntitySchema } from 'typeorm';
import { RouteSpec } from '../../http/route';
import { AreaService } from '../areas/service';
import { AuditLog } from '../audit/service';
import { MessageService } from '../messages/service';
import { DispatchAnswers } from './answers';
import { DispatchEntity, ProviderWebhookEntity } from './entities';
import { dispatchRoutes } from './routes';
import { DispatchService } from './service';
import { ProviderWebhooks } from './webhooks';

export { DispatchService, DispatchAnswers, ProviderWebhooks };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const dispatchEntities: EntitySchema<any>[] = [DispatchEntity, ProviderWebhookEntity];

/** 派单: the dispatch records, the providers' answers (messages into processes) and their webhooks. */
export function dispatchModule(deps: { dataSource: DataSource; audit: AuditLog; areas: AreaService; messages: MessageService; timeZone: string; outbound: OutboundPolicy }): { routes: RouteSpec[] } {
  const dispatches = new DispatchService(deps.dataSource, deps.areas, deps.timeZone);
  return { routes: dispatchRoutes(dispatches, new DispatchAnswers(deps.dataSource, deps.messages, deps.audit), new ProviderWebhooks(deps.dataSource, deps.outbound)) };
}
