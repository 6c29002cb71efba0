import { OutsideSubset } from './feel';
import { attributesOf, Element, localName, Moddle, written } from './model';
import { Report, ConversionCode } from './report';
import { attributeValue, ParameterValue, parameterValue } from './values';

/** What one element's Zeebe extensions turn into, gathered before camunda:inputOutput is written. */
export interface Carried {
  inputs: Element[];
  outputs: Element[];
  extensions: Element[];
}

export interface Context {
  moddle: Moddle;
  report: Report;
  element: Element;
  carried: Carried;
}

const EXTERNAL_CAPABLE = ['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:BusinessRuleTask'];

function definition(moddle: Moddle, value: ParameterValue): Record<string, unknown> {
  if (value.kind === 'text') return { value: value.text };
  if (value.kind === 'list') return { definition: moddle.create('camunda:List', { items: value.items.map((i) => moddle.create('camunda:Value', { value: i.kind === 'text' ? i.text : '' })) }) };
  return { definition: moddle.create('camunda:Map', { entries: value.entries.map(([key, v]) => moddle.create('camunda:Entry', { key, value: v.kind === 'text' ? v.text : '' })) }) };
}

export function parameter(moddle: Moddle, kind: 'input' | 'output', name: string, value: ParameterValue): Element {
  return moddle.create(kind === 'input' ? 'camunda:InputParameter' : 'camunda:OutputParameter', { name, ...definition(moddle, value) }) as unknown as Element;
}

/** Sets an attribute from a Zeebe value; FEEL beyond a name or a text is kept as written and listed for review. */
export function setAttribute(ctx: Context, target: Element, name: string, value: string, options: { list?: boolean } = {}): string {
  let carried = value;
  try {
    carried = attributeValue(value, options);
  } catch (error) {
    if (!(error instanceof OutsideSubset)) throw error;
    ctx.report.toReview(ctx.element.id ?? '', 'reviewAttribute', value, { attribute: name });
  }
  target.set(name, carried);
  return carried;
}

function taskDefinition(ctx: Context, ext: Element): void {
  const { element, report } = ctx;
  const type = String(ext.type ?? '');
  const eventDefinition = (element.get('eventDefinitions') as Element[] | undefined)?.find((d) => d.$instanceOf('bpmn:MessageEventDefinition'));
  const target = EXTERNAL_CAPABLE.some((t) => element.$instanceOf(t)) ? element : eventDefinition;
  if (!target) return report.dropped(element.id ?? '', ext.$type, written(ext));
  target.set('camunda:type', 'external');
  const topic = setAttribute(ctx, target, 'camunda:topic', type);
  report.change(element.id ?? '', 'external', { type, topic });
  if (ext.retries !== undefined) report.dropped(element.id ?? '', `${ext.$type} retries`, `retries="${String(ext.retries)}"`);
}

function taskHeaders(ctx: Context, ext: Element): void {
  const headers = (ext.$children ?? []).map(attributesOf);
  for (const h of headers) ctx.carried.inputs.push(parameter(ctx.moddle, 'input', h.key, { kind: 'text', text: h.value ?? '' }));
  ctx.report.change(ctx.element.id ?? '', 'headers', { keys: headers.map((h) => h.key).join(', ') });
}

function ioMapping(ctx: Context, ext: Element): void {
  const counts = { input: 0, output: 0 };
  for (const child of ext.$children ?? []) {
    const kind = localName(child.$type) === 'output' ? 'output' : 'input';
    const { source = '', target = '' } = attributesOf(child);
    let value: ParameterValue;
    try {
      value = parameterValue(source);
    } catch (error) {
      if (!(error instanceof OutsideSubset)) throw error;
      ctx.report.toReview(ctx.element.id ?? '', kind === 'input' ? 'reviewInput' : 'reviewOutput', source, { name: target });
      value = { kind: 'text', text: source };
    }
    // Zeebe's output reads `source` and writes `target`; Operaton's output parameter is named by its target.
    (kind === 'input' ? ctx.carried.inputs : ctx.carried.outputs).push(parameter(ctx.moddle, kind, target, value));
    counts[kind]++;
  }
  ctx.report.change(ctx.element.id ?? '', 'io', { inputs: String(counts.input), outputs: String(counts.output) });
}

function formDefinition(ctx: Context, ext: Element): void {
  const { formKey, externalReference, formId } = attributesOf(ext);
  const key = formKey ?? externalReference ?? formId ?? '';
  const embedded = /^camunda-forms:bpmn:(.+)$/.exec(key);
  if (embedded) {
    // A form embedded in the process (zeebe:userTaskForm): CareFlow names forms by library key.
    ctx.element.set('camunda:formKey', embedded[1]);
    return ctx.report.toReview(ctx.element.id ?? '', 'reviewForm', written(ext), { id: embedded[1] });
  }
  setAttribute(ctx, ctx.element, 'camunda:formKey', key);
  ctx.report.change(ctx.element.id ?? '', 'form', { form: key });
}

function attributesTo(ctx: Context, ext: Element, names: string[], code: ConversionCode, list: string[] = []): void {
  const given = attributesOf(ext);
  const fields = names.filter((n) => given[n] !== undefined);
  for (const n of fields) setAttribute(ctx, ctx.element, `camunda:${n}`, given[n], { list: list.includes(n) });
  ctx.report.change(ctx.element.id ?? '', code, { fields: fields.join(', '), priority: given.priority ?? '' });
}

function calledElement(ctx: Context, ext: Element): void {
  const given = attributesOf(ext);
  const processId = given.processId ?? given.processIdExpression ?? '';
  setAttribute(ctx, ctx.element, 'calledElement', processId);
  if (given.bindingType === 'deployment' || given.bindingType === 'versionTag') ctx.element.set('camunda:calledElementBinding', given.bindingType);
  if (given.versionTag) ctx.element.set('camunda:calledElementVersionTag', given.versionTag);
  const passIn = given.propagateAllParentVariables !== 'false';
  const passOut = given.propagateAllChildVariables === 'true';
  if (passIn) ctx.carried.extensions.push(ctx.moddle.create('camunda:In', { variables: 'all' }) as unknown as Element);
  if (passOut) ctx.carried.extensions.push(ctx.moddle.create('camunda:Out', { variables: 'all' }) as unknown as Element);
  ctx.report.change(ctx.element.id ?? '', 'calledElement', { processId, in: passIn ? 'all' : 'none', out: passOut ? 'all' : 'none' });
}

function calledDecision(ctx: Context, ext: Element): void {
  const { decisionId = '', resultVariable = '' } = attributesOf(ext);
  setAttribute(ctx, ctx.element, 'camunda:decisionRef', decisionId);
  if (resultVariable) ctx.element.set('camunda:resultVariable', resultVariable);
  ctx.report.change(ctx.element.id ?? '', 'calledDecision', { decisionId, resultVariable });
  ctx.report.toReview(ctx.element.id ?? '', 'reviewDecision', written(ext), { decisionId });
}

/** Zeebe extension elements by local name; anything not here is reported as not carried. */
export const TASK_EXTENSIONS: Record<string, (ctx: Context, ext: Element) => void> = {
  taskDefinition,
  taskHeaders,
  ioMapping,
  formDefinition,
  assignmentDefinition: (ctx, ext) => attributesTo(ctx, ext, ['assignee', 'candidateGroups', 'candidateUsers'], 'assignment', ['candidateGroups', 'candidateUsers']),
  taskSchedule: (ctx, ext) => attributesTo(ctx, ext, ['dueDate', 'followUpDate'], 'schedule'),
  priorityDefinition: (ctx, ext) => attributesTo(ctx, ext, ['priority'], 'priority'),
  calledElement,
  calledDecision,
  userTask: (ctx) => ctx.report.change(ctx.element.id ?? '', 'userTask'),
  versionTag: (ctx, ext) => {
    ctx.element.set('camunda:versionTag', String(ext.value ?? ''));
    ctx.report.change(ctx.element.id ?? '', 'versionTag', { value: String(ext.value ?? '') });
  },
  jobPriorityDefinition: (ctx, ext) => {
    setAttribute(ctx, ctx.element, 'camunda:taskPriority', String(ext.priority ?? ''));
    ctx.report.change(ctx.element.id ?? '', 'taskPriority', { priority: String(ext.priority ?? '') });
  },
};
