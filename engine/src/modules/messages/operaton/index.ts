import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { OperatonMessages } from '../../../operaton/messages';
import { OperatonRest } from '../../../operaton/rest';
import { AuditLog } from '../../audit/service';
import { CaseTimeline } from '../../cases/timeline';
import { MessageDelivery } from './delivery';
import { MessagePump, MessagePumpOptions } from './pump';
import { OperatonMessageService } from './service';

export { OperatonMessageService, MessagePump, MessageDelivery };
export type { CorrelateMessage } from './service';
export type { ProcessMessage, MessageState } from './entities';

export interface OperatonMessageDeps {
  dataSource: DataSource;
  rest: OperatonRest;
  timeline: CaseTimeline;
  audit: AuditLog;
  logger: Logger;
  pump?: MessagePumpOptions;
}

/** Messages through Operaton: the service POST /api/messages calls, and the pump the engine starts and stops. */
export function operatonMessages(deps: OperatonMessageDeps): { service: OperatonMessageService; pump: MessagePump } {
  const engine = new OperatonMessages(deps.rest);
  const delivery = new MessageDelivery(deps.dataSource, engine, deps.timeline, deps.logger, deps.pump?.leaseMs);
  return {
    service: new OperatonMessageService(deps.dataSource, delivery, deps.timeline, deps.audit),
    pump: new MessagePump(deps.dataSource, delivery, engine, deps.logger, deps.pump),
  };
}
