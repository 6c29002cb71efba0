import { is } from 'bpmnlint-utils';
import type { ModdleElement } from '../types';
import { connectorErrorsCaught } from './errors-caught';

/**
 * CareFlow's own bpmnlint rules (plugin `careflow`): what the engine's publish lint refuses, checked
 * while drawing. Each factory gets its rule config: the forms library and the known job types.
 */
type Reporter = { report(id: string | undefined, message: string): void };
type Rule = { check(node: ModdleElement, reporter: Reporter): void };

function extension(node: ModdleElement, type: string): ModdleElement | undefined {
  const ext = node.get('extensionElements') as ModdleElement | undefined;
  return ((ext?.get('values') as ModdleElement[] | undefined) ?? []).find((v) => v.$type === type);
}

/** Every user task names a form of the forms library. */
function userTaskForm(config: { forms?: string[] } = {}): Rule {
  const forms = new Set(config.forms ?? []);
  return {
    check(node, reporter) {
      if (!is(node, 'bpmn:UserTask')) return;
      const formKey = extension(node, 'zeebe:FormDefinition')?.get('formKey') as string | undefined;
      if (!formKey) reporter.report(node.id, 'User task has no form');
      else if (forms.size > 0 && !forms.has(formKey)) reporter.report(node.id, `Form ${formKey} is not in the forms library`);
    },
  };
}

// Elements that Zeebe runs as jobs (bpmn:ServiceTask, SendTask, ScriptTask without FEEL, …).
const JOB_ELEMENTS = ['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:BusinessRuleTask', 'bpmn:ScriptTask', 'bpmn:IntermediateThrowEvent', 'bpmn:EndEvent'];

/** Every job a service task creates has a connector to work on it. */
function knownJobType(config: { jobTypes?: string[] } = {}): Rule {
  const known = new Set(config.jobTypes ?? []);
  return {
    check(node, reporter) {
      if (!JOB_ELEMENTS.some((t) => is(node, t))) return;
      const type = extension(node, 'zeebe:TaskDefinition')?.get('type') as string | undefined;
      if (!type) {
        // Events, FEEL scripts and decisions run without a job; service and send tasks need one.
        if (is(node, 'bpmn:ServiceTask') || is(node, 'bpmn:SendTask')) reporter.report(node.id, 'Task has no connector: choose a template');
        return;
      }
      if (!known.has(type)) reporter.report(node.id, `No connector works on job type ${type}`);
    },
  };
}

/** CareFlow runs user tasks as jobs; a Zeebe user task would never reach the inbox. */
function noZeebeUserTask(): Rule {
  return {
    check(node, reporter) {
      if (is(node, 'bpmn:UserTask') && extension(node, 'zeebe:UserTask')) reporter.report(node.id, 'Remove the Zeebe user task implementation: CareFlow runs user tasks as jobs');
    },
  };
}

export const CAREFLOW_RULES: Record<string, unknown> = {
  'user-task-form': userTaskForm,
  'known-job-type': knownJobType,
  'no-zeebe-user-task': noZeebeUserTask,
  'connector-errors-caught': connectorErrorsCaught,
};
