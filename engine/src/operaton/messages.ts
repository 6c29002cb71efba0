import { Variables } from './json';
import { OperatonRest, ProcessEngineRejection } from './rest';
import { toTypedVariables } from './variables';

/** A message to correlate: by business key (the case number), correlation variables, or both. */
export interface MessageCorrelation {
  messageName: string;
  businessKey?: string;
  /** Matched against the process instance's own (global) variables; primitives only. */
  correlationKeys?: Variables;
  /** Set on the process instance once the message is delivered. */
  processVariables?: Variables;
  /** Set on the execution that received the message only. */
  processVariablesLocal?: Variables;
}

/** Where a message went: the execution it moved on, or nowhere because nothing waits for it yet. */
export type CorrelationOutcome = { delivered: true; processInstanceId: string; resultType: string } | { delivered: false };

export interface MessageSubscription {
  id: string;
  eventName: string;
  processInstanceId: string;
  executionId: string;
  activityId: string;
  createdDate: string;
}

interface CorrelationResult {
  resultType: 'Execution' | 'ProcessDefinition';
  execution?: { processInstanceId: string } | null;
  processInstance?: { id: string } | null;
}

/** The engine's words when no execution or start event matches: the only refusal that means "not yet". */
const NOTHING_WAITS = /MismatchingMessageCorrelationException: Cannot correlate message .*: No process definition or execution matches the parameters/;

/** True when the engine refused a correlation because nothing waits for the message (yet). */
export function isNothingWaiting(error: unknown): boolean {
  return error instanceof ProcessEngineRejection && error.status === 400 && NOTHING_WAITS.test(error.message);
}

/**
 * Message correlation over `POST /message`. Operaton keeps no message buffer: a message nothing
 * waits for is refused (400), and the caller decides whether to keep it. Any other refusal (two
 * executions match, a variable the engine cannot read, the process failing on it) is thrown as the
 * engine's rejection; an engine that does not answer is an OperationalError.
 */
export class OperatonMessages {
  constructor(private readonly rest: OperatonRest) {}

  async correlate(message: MessageCorrelation): Promise<CorrelationOutcome> {
    const body = {
      messageName: message.messageName,
      businessKey: message.businessKey,
      correlationKeys: message.correlationKeys && toTypedVariables(message.correlationKeys),
      processVariables: message.processVariables && toTypedVariables(message.processVariables),
      processVariablesLocal: message.processVariablesLocal && toTypedVariables(message.processVariablesLocal),
      resultEnabled: true,
    };
    try {
      const [result] = await this.rest.post<CorrelationResult[]>('/message', body);
      const processInstanceId = result?.execution?.processInstanceId ?? result?.processInstance?.id ?? '';
      return { delivered: true, processInstanceId, resultType: result?.resultType ?? 'Execution' };
    } catch (error) {
      if (isNothingWaiting(error)) return { delivered: false };
      throw error;
    }
  }

  /** Executions waiting for a message of this name right now (one cheap query, no correlation). */
  subscriptions(eventName: string): Promise<MessageSubscription[]> {
    return this.rest.get<MessageSubscription[]>('/event-subscription', { eventName, eventType: 'message' });
  }

  /**
   * Business keys of the instances waiting for a message of this name right now (null for an
   * instance without one): two cheap queries, so kept messages for other cases are not tried.
   */
  async waitingBusinessKeys(eventName: string): Promise<Set<string | null>> {
    const processInstanceIds = [...new Set((await this.subscriptions(eventName)).map((s) => s.processInstanceId))];
    if (processInstanceIds.length === 0) return new Set();
    const instances = await this.rest.post<{ businessKey: string | null }[]>('/process-instance', { processInstanceIds });
    return new Set(instances.map((p) => p.businessKey ?? null));
  }

  /** Whether a variable of this name was ever set in a process (history: it survives the execution). */
  async variableWasSet(variableName: string, value: string): Promise<boolean> {
    const found = await this.rest.get<{ value: unknown }[]>('/history/variable-instance', { variableName, deserializeValues: false });
    return found.some((v) => v.value === value);
  }
}
