import { z } from 'zod';
import { agentStateView } from '../api/agents';
import { callView } from '../api/calls';
import { notificationView } from '../api/notifications';
import { screenPop, takenBy } from '../api/inbound';
import { taskView } from '../api/tasks';

/** The case's area, so area scope applies to who hears the event (null: no area). */
const areaPath = z.string().nullable();

/**
 * What the engine pushes to browsers on WS /api/events: the changed entity, whole, so pages update
 * without asking again. Each module registers who may hear its own events.
 */
export const liveEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('task.created'), task: taskView }),
  z.object({ type: z.literal('task.updated'), task: taskView }),
  z.object({ type: z.literal('case.updated'), caseId: z.string(), status: z.string(), change: z.string(), areaPath }),
  z.object({ type: z.literal('call.updated'), call: callView, areaPath }),
  z.object({ type: z.literal('notification.created'), userId: z.string(), notification: notificationView }),
  z.object({ type: z.literal('screen.pop'), pop: screenPop }),
  /** `offeredTo` and `areaPath` are the pop's: the same people hear it was taken. */
  z.object({ type: z.literal('screen.pop.taken'), popId: z.string(), takenBy, offeredTo: z.string().nullable(), areaPath }),
  z.object({ type: z.literal('agent.updated'), agent: agentStateView }),
]);

/** As the engine emits it (timestamps are Dates). */
export type LiveEvent = z.output<typeof liveEvent>;
/** As the browser receives it (timestamps are ISO strings). */
export type LiveMessage = z.input<typeof liveEvent>;
export type LiveEventType = LiveEvent['type'];
