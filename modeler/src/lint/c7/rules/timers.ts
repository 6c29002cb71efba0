import { c7Message } from '../../../i18n/c7-lint-messages';
import { isRetryCycle, isTimerValue, type TimerKind } from '../iso8601';
import { hasExpression } from '../juel/safety';
import { clip, inDeployedScope, is, label, reportOn, text, type ModdleElement, type Rule } from '../model';

const KINDS: [TimerKind, 'timerDate' | 'timerDuration' | 'timerCycle'][] = [
  ['timeDate', 'timerDate'],
  ['timeDuration', 'timerDuration'],
  ['timeCycle', 'timerCycle'],
];

/**
 * Timers parse: an ISO 8601 date, duration or repeating interval, or an expression (checked by the
 * expression rule). The engine accepts any text at deployment and fails only when the timer is due.
 */
export function timers(): Rule {
  return {
    check(node, reporter) {
      if (!inDeployedScope(node)) return;
      if (is(node, 'camunda:FailedJobRetryTimeCycle')) {
        const value = (text(node, 'body') ?? '').trim();
        if (!hasExpression(value) && !isRetryCycle(value)) reportOn(reporter, node, c7Message('retryCycle', { element: label(node), value: clip(value) || '""' }));
        return;
      }
      if (!is(node, 'bpmn:TimerEventDefinition')) return;
      const element = label(node);
      const set = KINDS.map(([kind, key]) => ({ kind, key, value: ((node.get(kind) as ModdleElement | undefined)?.get('body') as string | undefined)?.trim() })).filter((k) => k.value);
      if (set.length === 0) return reportOn(reporter, node, c7Message('timerEmpty', { element }));
      for (const { kind, key, value } of set) {
        if (!hasExpression(value!) && !isTimerValue(kind, value!)) reportOn(reporter, node, c7Message(key, { element, value: clip(value!) }));
      }
    },
  };
}
