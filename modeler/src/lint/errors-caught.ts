import { is } from 'bpmnlint-utils';
import type { ModdleElement } from '../types';

type Reporter = { report(id: string | undefined, message: string): void };

const list = (value: unknown) => (Array.isArray(value) ? (value as ModdleElement[]) : []);
/** The flow elements of a process or sub-process; nothing for other elements. */
const flowElementsOf = (element: ModdleElement | undefined) => (element && is(element, 'bpmn:FlowElementsContainer') ? list(element.get('flowElements')) : []);

/** The error codes a connector task may throw, from the `errorCodes` header its template writes. */
function declaredCodes(node: ModdleElement): string[] {
  const ext = node.get('extensionElements') as ModdleElement | undefined;
  const headers = list(ext?.get('values')).find((v) => v.$type === 'zeebe:TaskHeaders');
  const header = list(headers?.get('values')).find((h) => h.get('key') === 'errorCodes');
  const value = header?.get('value');
  return typeof value === 'string' ? value.split(',').map((c) => c.trim()).filter(Boolean) : [];
}

/** Codes caught by error events: `*` for a catch-all (an error event without an error code). */
function codesOf(events: ModdleElement[]): string[] {
  return events.flatMap((event) =>
    list(event.get('eventDefinitions'))
      .filter((d) => is(d, 'bpmn:ErrorEventDefinition'))
      .map((d) => ((d.get('errorRef') as ModdleElement | undefined)?.get('errorCode') as string | undefined) || '*'),
  );
}

/**
 * What catches an error thrown at `node`: boundary events on it and on every enclosing sub-process,
 * and error start events of event sub-processes in every enclosing scope.
 */
function caughtAround(node: ModdleElement): Set<string> {
  const caught: string[] = [];
  for (let scope: ModdleElement | undefined = node; scope; scope = scope.$parent) {
    const siblings = flowElementsOf(scope.$parent);
    caught.push(...codesOf(siblings.filter((e) => is(e, 'bpmn:BoundaryEvent') && e.get('attachedToRef') === scope)));
    const inside = flowElementsOf(scope);
    const eventSubProcesses = inside.filter((e) => is(e, 'bpmn:SubProcess') && e.get('triggeredByEvent'));
    caught.push(...codesOf(eventSubProcesses.flatMap((sub) => flowElementsOf(sub).filter((e) => is(e, 'bpmn:StartEvent')))));
  }
  return new Set(caught);
}

/**
 * A connector's BPMN errors should be caught. Zeebe stops an uncaught one as an incident that only
 * its own tools show; the case would wait there with nobody told. A code written as a pattern
 * (HTTP_<status>) counts as caught by any error event.
 */
export function connectorErrorsCaught() {
  return {
    check(node: ModdleElement, reporter: Reporter) {
      const declared = declaredCodes(node);
      if (declared.length === 0) return;
      const caught = caughtAround(node);
      if (caught.has('*')) return;
      const missing = declared.filter((code) => (code.includes('<') ? caught.size === 0 : !caught.has(code)));
      if (missing.length > 0) reporter.report(node.id, `Error ${missing.join(', ')} is not caught: the case would stop here`);
    },
  };
}
