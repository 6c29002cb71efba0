import { OperatonRest } from '../operaton/rest';
import { CaseLifecycle, LifecycleDeps } from '../modules/cases/operaton';
import { OperatonCaseTimeline, operatonCaseTimeline } from '../modules/cases/operaton-timeline';
import { OperatonIncidentService, operatonIncidents } from '../modules/incidents/operaton';
import { MessagePump, OperatonMessageService, operatonMessages } from '../modules/messages/operaton';
import { OperatonTaskCommands } from '../modules/tasks/operaton/commands';
import { OperatonTaskProjection } from '../modules/tasks/operaton/projection';

/** Everything that runs cases on Operaton, built once and handed to the modules that need it. */
export interface OperatonRuntime {
  rest: OperatonRest;
  lifecycle: CaseLifecycle;
  projection: OperatonTaskProjection;
  tasks: OperatonTaskCommands;
  messages: OperatonMessageService;
  incidents: OperatonIncidentService;
  caseTimeline: OperatonCaseTimeline;
  /** Starts the loops (case starts and closes, the task feed, the message pump); does not wait for the engine. */
  start(): void;
  stop(): Promise<void>;
}

/** Built from what the case lifecycle works with: the database, the engine's REST API, the timeline, audit, live events and the log. */
export function createOperatonRuntime(deps: LifecycleDeps): OperatonRuntime {
  const { dataSource, rest, timeline, audit, live, logger } = deps;
  const lifecycle = new CaseLifecycle(deps);
  const projection = new OperatonTaskProjection(dataSource, rest, { logger });
  const messages: { service: OperatonMessageService; pump: MessagePump } = operatonMessages({ dataSource, rest, timeline, audit, logger });
  // A task that ended (completed here, or seen ended in the history) may have been its instance's last step.
  projection.events.on('task.updated', (task) => void (task.status !== 'created' && lifecycle.taskEnded(task.processInstanceKey)));
  return {
    rest,
    lifecycle,
    projection,
    tasks: new OperatonTaskCommands(dataSource, rest, projection.events),
    messages: messages.service,
    incidents: operatonIncidents({ dataSource, rest, timeline, audit, live }),
    caseTimeline: operatonCaseTimeline({ dataSource, rest, timeline, logger }),
    start() {
      lifecycle.start();
      void projection.start();
      messages.pump.start();
    },
    async stop() {
      await Promise.all([lifecycle.stop(), projection.stop(), messages.pump.stop()]);
    },
  };
}
