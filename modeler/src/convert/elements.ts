import { OutsideSubset } from './feel';
import { attributesOf, Element, extensionValues, localName, Moddle, prefixOf, written } from './model';
import { Report } from './report';
import { Carried, Context, parameter, setAttribute, TASK_EXTENSIONS } from './tasks';
import { conditionValue, timerValue } from './values';

/** Elements Operaton accepts camunda:inputOutput on (not start or boundary events, not gateways). */
const IO_CAPABLE = ['bpmn:Activity', 'bpmn:IntermediateCatchEvent', 'bpmn:IntermediateThrowEvent', 'bpmn:EndEvent'];

/** Carries one BPMN element's Zeebe attributes and extension elements into the camunda: namespace. */
export function convertElement(moddle: Moddle, report: Report, element: Element, zeebe: Set<string>, connectorOutputs: Record<string, string[]> = {}): void {
  const id = element.id ?? '';
  const isZeebe = (name: string) => zeebe.has(prefixOf(name));
  for (const [name, value] of Object.entries(element.$attrs)) {
    if (!isZeebe(name)) continue;
    report.dropped(id, name, `${name}="${value}"`);
    delete element.$attrs[name];
  }
  const extensions = element.get('extensionElements') as { values?: Element[] } | undefined;
  const carried: Carried = { inputs: [], outputs: [], extensions: [] };
  const ctx: Context = { moddle, report, element, carried };
  for (const ext of [...(extensions?.values ?? [])]) {
    if (!isZeebe(ext.$type)) continue;
    extensions!.values!.splice(extensions!.values!.indexOf(ext), 1);
    const name = localName(ext.$type);
    if (name === 'subscription') {
      report.change(id, 'correlation', { message: String(element.get('name') ?? id), key: String(ext.correlationKey ?? '') });
    } else if (TASK_EXTENSIONS[name]) {
      TASK_EXTENSIONS[name](ctx, ext);
    } else {
      report.dropped(id, ext.$type, written(ext));
    }
  }
  carryConnectorOutputs(ctx, connectorOutputs);
  writeCarried(moddle, report, element, carried);
  convertLoop(ctx, isZeebe);
  convertExpressions(ctx);
  const left = element.get('extensionElements') as { values?: Element[] } | undefined;
  if (left && !left.values?.length) element.set('extensionElements', undefined);
}

/** A connector task without output mappings: each declared output goes on to the process under its own name, as on Zeebe. */
function carryConnectorOutputs(ctx: Context, connectorOutputs: Record<string, string[]>): void {
  const topic = ctx.element.get('camunda:topic') as string | undefined;
  if (!topic || ctx.carried.outputs.length > 0) return;
  for (const name of connectorOutputs[topic] ?? []) {
    // As the element template writes it: the output starts as a null local, for an error that ends the task early.
    ctx.carried.inputs.push(parameter(ctx.moddle, 'input', name, { kind: 'text', text: '${null}' }));
    ctx.carried.outputs.push(parameter(ctx.moddle, 'output', name, { kind: 'text', text: `\${${name}}` }));
  }
}

function writeCarried(moddle: Moddle, report: Report, element: Element, carried: Carried): void {
  const id = element.id ?? '';
  if (carried.inputs.length || carried.outputs.length) {
    if (IO_CAPABLE.some((t) => element.$instanceOf(t))) {
      extensionValues(moddle, element).push(moddle.create('camunda:InputOutput', { inputParameters: carried.inputs, outputParameters: carried.outputs }) as unknown as Element);
    } else {
      for (const p of [...carried.inputs, ...carried.outputs]) report.dropped(id, `${element.$type} ${p.$type}`, `${String(p.name)}`);
    }
  }
  if (carried.extensions.length) extensionValues(moddle, element).push(...carried.extensions);
}

/** zeebe:loopCharacteristics inside a multi-instance marker → camunda:collection / elementVariable. */
function convertLoop(ctx: Context, isZeebe: (name: string) => boolean): void {
  const loop = ctx.element.get('loopCharacteristics') as Element | undefined;
  if (!loop?.$instanceOf('bpmn:MultiInstanceLoopCharacteristics')) return;
  const id = ctx.element.id ?? '';
  const extensions = loop.get('extensionElements') as { values?: Element[] } | undefined;
  for (const ext of [...(extensions?.values ?? [])].filter((e) => isZeebe(e.$type))) {
    extensions!.values!.splice(extensions!.values!.indexOf(ext), 1);
    if (localName(ext.$type) !== 'loopCharacteristics') {
      ctx.report.dropped(id, ext.$type, written(ext));
      continue;
    }
    const { inputCollection, inputElement, outputCollection, outputElement } = attributesOf(ext);
    if (inputCollection) setAttribute(ctx, loop, 'camunda:collection', inputCollection);
    if (inputElement) loop.set('camunda:elementVariable', inputElement);
    ctx.report.change(id, 'loop', { collection: inputCollection ?? '', element: inputElement ?? '' });
    if (outputCollection || outputElement) ctx.report.dropped(id, `${ext.$type} output`, `outputCollection="${outputCollection ?? ''}" outputElement="${outputElement ?? ''}"`);
  }
  if (extensions && !extensions.values?.length) loop.set('extensionElements', undefined);
  const completion = loop.get('completionCondition') as Element | undefined;
  if (completion) convertCondition(ctx, completion);
}

function convertCondition(ctx: Context, expression: Element): void {
  const body = String(expression.get('body') ?? '');
  if (!body.trimStart().startsWith('=')) return;
  try {
    const juel = conditionValue(body);
    expression.set('body', juel);
    ctx.report.change(ctx.element.id ?? '', 'condition', { feel: body, juel });
  } catch (error) {
    if (!(error instanceof OutsideSubset)) throw error;
    ctx.report.toReview(ctx.element.id ?? '', 'reviewCondition', body);
  }
}

function convertExpressions(ctx: Context): void {
  const { element } = ctx;
  const condition = element.get('conditionExpression') as Element | undefined;
  if (condition) convertCondition(ctx, condition);
  for (const definition of (element.get('eventDefinitions') as Element[] | undefined) ?? []) {
    if (definition.$instanceOf('bpmn:ConditionalEventDefinition') && definition.get('condition')) convertCondition(ctx, definition.get('condition') as Element);
    if (!definition.$instanceOf('bpmn:TimerEventDefinition')) continue;
    for (const kind of ['timeDate', 'timeDuration', 'timeCycle']) {
      const expression = definition.get(kind) as Element | undefined;
      const body = String(expression?.get('body') ?? '');
      if (!expression || !body.trimStart().startsWith('=')) continue;
      try {
        const value = timerValue(body);
        expression.set('body', value);
        ctx.report.change(element.id ?? '', 'timer', { feel: body, value });
      } catch (error) {
        if (!(error instanceof OutsideSubset)) throw error;
        ctx.report.toReview(element.id ?? '', 'reviewTimer', body);
      }
    }
  }
  if (element.$instanceOf('bpmn:Message') && String(element.get('name') ?? '').startsWith('=')) {
    setAttribute(ctx, element, 'name', String(element.get('name')));
  }
}
