import { ModelerLocale, translatorFor } from '../i18n';

/**
 * One line of the import report. `template` is the English text with {placeholders} (the i18n
 * key, zh-CN in i18n/convert-messages.ts), `message` the English text filled in.
 */
export interface ConversionItem {
  /** The element it is about (a process, task, flow, message…); '' for the whole file. */
  elementId: string;
  code: ConversionCode;
  template: string;
  params: Record<string, string>;
  message: string;
}
/** Something carried, and how. */
export type Change = ConversionItem;
/** Something not carried (notCarried) or carried as written but needing an analyst (review). */
export interface Problem extends ConversionItem {
  /** What the Camunda 8 file said, as written (a FEEL expression, an attribute, an element). */
  original: string;
}

export const TEMPLATES = {
  external: 'Job type {type} became external task topic {topic}',
  headers: 'Task headers {keys} became input parameters (external tasks have no headers)',
  io: 'Input/output mappings became camunda:inputOutput ({inputs} in, {outputs} out)',
  form: 'Form {form} became camunda:formKey',
  assignment: 'Assignment ({fields}) became Camunda attributes',
  schedule: 'Task schedule ({fields}) became Camunda attributes',
  priority: 'Priority {priority} became camunda:priority',
  condition: 'Condition {feel} became {juel}',
  timer: 'Timer {feel} became {value}',
  calledElement: 'Called process {processId} became calledElement; variables passed in: {in}, out: {out}',
  calledDecision: 'Called decision {decisionId} became camunda:decisionRef (result in {resultVariable})',
  loop: 'Multi-instance over {collection} became camunda:collection (element {element})',
  correlation: 'Message {message}: correlation key {key} is not an attribute in Operaton; CareFlow correlates by business key (case number) or process variables',
  userTask: 'The Zeebe user task marker was removed: Operaton user tasks are native',
  versionTag: 'Version tag {value} became camunda:versionTag',
  taskPriority: 'Job priority {priority} became camunda:taskPriority',
  ttl: 'History time to live {ttl} added',
  platform: 'Execution platform set to Camunda Platform {version} (Operaton)',
  layout: 'The file had no diagram data: it was laid out automatically (sub-processes are drawn collapsed)',
  notCarried: '{what} has no counterpart in Operaton and was not carried: {detail}',
  reviewInput: 'Input {name}: FEEL beyond the simple subset, kept as written; write it in JUEL',
  reviewOutput: 'Output {name}: FEEL beyond the simple subset, kept as written; write it in JUEL',
  reviewCondition: 'Condition: FEEL beyond the simple subset, kept as written; write it in JUEL',
  reviewTimer: 'Timer: FEEL beyond a name or a text, kept as written; write an ISO 8601 value or ${name}',
  reviewAttribute: '{attribute}: FEEL beyond a name or a text, kept as written; set it by hand',
  reviewForm: 'Embedded form {id} became camunda:formKey {id}: add the form to the forms library under that key',
  reviewDecision: 'Decision {decisionId}: Zeebe passes the whole result; check camunda:mapDecisionResult',
} as const;
export type ConversionCode = keyof typeof TEMPLATES;

const fill = (template: string, params: Record<string, string>) => template.replace(/{([^}]+)}/g, (_, k: string) => params[k] ?? `{${k}}`);

/** Collects the three lists while the converter walks the model. */
export class Report {
  readonly changes: Change[] = [];
  readonly notCarried: Problem[] = [];
  readonly review: Problem[] = [];

  change(elementId: string, code: ConversionCode, params: Record<string, string> = {}): void {
    this.changes.push(item(elementId, code, params));
  }

  /** A foreign attribute or element that is dropped: `what` names it, `original` is what it said. */
  dropped(elementId: string, what: string, original: string): void {
    this.notCarried.push({ ...item(elementId, 'notCarried', { what, detail: original }), original });
  }

  toReview(elementId: string, code: ConversionCode, original: string, params: Record<string, string> = {}): void {
    this.review.push({ ...item(elementId, code, params), original });
  }
}

function item(elementId: string, code: ConversionCode, params: Record<string, string>): ConversionItem {
  const template = TEMPLATES[code];
  return { elementId, code, template, params, message: fill(template, params) };
}

/** A report line in the analyst's language (the modeler's i18n). */
export function describeConversionItem(entry: ConversionItem, locale: ModelerLocale = 'zh-CN'): string {
  return translatorFor(locale)(entry.template, entry.params);
}
