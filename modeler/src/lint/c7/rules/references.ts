import { c7Message } from '../../../i18n/c7-lint-messages';
import { hasExpression } from '../juel/safety';
import { clip, inDeployedScope, is, label, reportOn, text, type Rule } from '../model';

/** A call activity calls a published process, named by its key. */
export function calledProcessExists(config: { processKeys?: string[] } = {}): Rule {
  const known = new Set(config.processKeys ?? []);
  return {
    check(node, reporter) {
      if (!is(node, 'bpmn:CallActivity') || !inDeployedScope(node)) return;
      const element = label(node);
      if (text(node, 'camunda:caseRef')) return reportOn(reporter, node, c7Message('calledCase', { element }));
      const key = text(node, 'calledElement');
      if (key === undefined) reportOn(reporter, node, c7Message('calledElementMissing', { element }));
      else if (!hasExpression(key) && !known.has(key)) reportOn(reporter, node, c7Message('calledElementUnknown', { element, key }));
    },
  };
}

/** A business rule task evaluates a decision of this version or a published one. */
export function decisionExists(config: { decisionKeys?: string[] } = {}): Rule {
  const known = new Set(config.decisionKeys ?? []);
  return {
    check(node, reporter) {
      if (!is(node, 'bpmn:BusinessRuleTask') || !inDeployedScope(node)) return;
      const key = text(node, 'camunda:decisionRef');
      if (key !== undefined && !hasExpression(key) && !known.has(key)) reportOn(reporter, node, c7Message('decisionUnknown', { element: label(node), key }));
    },
  };
}

/** A process or decision chosen by an expression cannot be checked before it runs: a warning. */
export function dynamicReference(): Rule {
  return {
    check(node, reporter) {
      if (!inDeployedScope(node)) return;
      const called = is(node, 'bpmn:CallActivity') ? text(node, 'calledElement') : undefined;
      if (called && hasExpression(called)) reportOn(reporter, node, c7Message('calledElementDynamic', { element: label(node), key: clip(called) }));
      const decision = is(node, 'bpmn:BusinessRuleTask') ? text(node, 'camunda:decisionRef') : undefined;
      if (decision && hasExpression(decision)) reportOn(reporter, node, c7Message('decisionDynamic', { element: label(node), key: clip(decision) }));
    },
  };
}
