import { c7Message } from '../../../i18n/c7-lint-messages';
import { inDeployedScope, is, label, list, text, type ModdleElement, type Rule } from '../model';

/** A service type version is one process definition: exactly one executable process. */
export function oneExecutableProcess(): Rule {
  return {
    check(node, reporter) {
      if (!is(node, 'bpmn:Definitions')) return;
      const executable = list(node.get('rootElements')).filter((e) => is(e, 'bpmn:Process') && e.get('isExecutable') === true);
      if (executable.length === 0) reporter.report(node.id, c7Message('noExecutableProcess'));
      if (executable.length > 1) reporter.report(node.id, c7Message('manyExecutableProcesses', { count: executable.length, processes: executable.map((p) => p.id).join(', ') }));
    },
  };
}

const START_KINDS: [string, string][] = [
  ['bpmn:MessageEventDefinition', 'message start events'],
  ['bpmn:SignalEventDefinition', 'signal start events'],
  ['bpmn:TimerEventDefinition', 'timer start events'],
  ['bpmn:ConditionalEventDefinition', 'conditional start events'],
];
const kindOf = (start: ModdleElement) => {
  const definition = list(start.get('eventDefinitions'))[0];
  return START_KINDS.find(([type]) => is(definition, type))?.[1] ?? 'start events of other kinds';
};

/** CareFlow opens a case by starting the process: it needs one start event without a trigger. */
export function noneStartEvent(): Rule {
  return {
    check(node, reporter) {
      if (!is(node, 'bpmn:Process') || !inDeployedScope(node)) return;
      const starts = list(node.get('flowElements')).filter((e) => is(e, 'bpmn:StartEvent'));
      const none = starts.filter((s) => list(s.get('eventDefinitions')).length === 0);
      const element = label(node);
      if (none.length > 1) reporter.report(node.id, c7Message('noneStartMany', { element, count: none.length, events: none.map((s) => s.id).join(', ') }));
      if (none.length > 0) return;
      if (starts.length === 0) return reporter.report(node.id, c7Message('noneStartMissing', { element }));
      const kinds = [...new Set(starts.map(kindOf))].join(' or ');
      reporter.report(node.id, c7Message('noneStartOnlyTriggered', { element, kinds, events: starts.map((s) => s.id).join(', ') }));
    },
  };
}

/** The engine's history cleanup needs a time to live on every process (days: `180` or `P180D`). */
export function historyTimeToLive(): Rule {
  return {
    check(node, reporter) {
      if (!is(node, 'bpmn:Process') || !inDeployedScope(node)) return;
      const value = text(node, 'camunda:historyTimeToLive');
      if (value === undefined) reporter.report(node.id, c7Message('ttlMissing', { element: label(node) }));
      else if (!/^(\d+|P\d+D)$/.test(value)) reporter.report(node.id, c7Message('ttlInvalid', { element: label(node), value }));
    },
  };
}
