import { z } from 'zod';
import { jobType, TemplateDescriptor } from '../../runtime/descriptor';
import { FieldLabels, labelsOf } from '../../runtime/template-fields';

const SCHEMA = 'https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json';
const GROUPS = [
  { id: 'input', label: '输入' },
  { id: 'output', label: '输出' },
  { id: 'errors', label: '错误处理' },
  { id: 'retries', label: '重试' },
];
const BOOLEAN_CHOICES = [
  { name: '否', value: '${false}' },
  { name: '是', value: '${true}' },
];

type C7Binding = { type: 'property'; name: string } | { type: 'camunda:property'; name: string } | { type: 'camunda:inputParameter'; name: string } | { type: 'camunda:outputParameter'; source: string };

export interface C7TemplateProperty {
  id?: string;
  label?: string;
  description?: string;
  /** Camunda 7 templates have no Boolean or Number fields on input parameters: booleans are a 是/否 dropdown of `${true}`/`${false}`. */
  type: 'Hidden' | 'String' | 'Text' | 'Dropdown';
  value?: string;
  group?: string;
  binding: C7Binding;
  constraints?: { notEmpty?: boolean };
  choices?: { name: string; value: string }[];
}

export interface C7ElementTemplate {
  $schema: string;
  id: string;
  name: string;
  description: string;
  version: number;
  category: { id: string; name: string };
  appliesTo: string[];
  elementType: { value: string };
  groups: { id: string; label: string }[];
  properties: C7TemplateProperty[];
}

/** The wrapped schema inside optional/default/nullable, where its labels were attached. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; labels?: FieldLabels } {
  let current: z.ZodType = schema;
  let optional = false;
  let labels = labelsOf(current);
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
    optional = true;
    current = current.unwrap() as z.ZodType;
    labels ??= labelsOf(current);
  }
  return { inner: current, optional, labels };
}

const isStructured = (s: z.ZodType) => s instanceof z.ZodArray || s instanceof z.ZodObject || s instanceof z.ZodRecord || s instanceof z.ZodUnion;

/** What the analyst is told besides the field's own description: how to write a list, when the field applies. */
function hints(name: string, inner: z.ZodType, labels: FieldLabels, shape: Record<string, z.ZodType>): string[] {
  const out = labels.description ? [labels.description['zh-CN']] : [];
  if (isStructured(inner)) out.push(`可写表达式（如 \${${name}}）或 JSON`);
  if (inner instanceof z.ZodNumber) out.push('填数字，或表达式');
  if (labels.when) {
    const other = shape[labels.when.field] ? unwrap(shape[labels.when.field]).labels?.label['zh-CN'] : undefined;
    out.push(`仅当「${other ?? labels.when.field}」为 ${String(labels.when.equals)} 时使用`);
  }
  return out;
}

function inputProperty(name: string, schema: z.ZodType, d: TemplateDescriptor, shape: Record<string, z.ZodType>): C7TemplateProperty {
  const { inner, optional, labels } = unwrap(schema);
  if (!labels) throw new Error(`Input ${d.id}.${name} has no template labels: wrap it in field()`);
  const enumValues = inner instanceof z.ZodEnum ? (inner.options as string[]) : undefined;
  const boolean = inner instanceof z.ZodBoolean || labels.type === 'Boolean';
  const choices = enumValues ? enumValues.map((v) => ({ name: labels.choices?.[v]?.['zh-CN'] ?? v, value: v })) : boolean ? BOOLEAN_CHOICES : undefined;
  // A property (header) has no multi-line field in Camunda 7 templates.
  const type = choices ? 'Dropdown' : labels.type === 'Text' && !labels.header ? 'Text' : 'String';
  const value = labels.value !== undefined ? (boolean ? `\${${String(labels.value)}}` : String(labels.value)) : choices?.[0].value;
  const description = hints(name, inner, labels, shape).join('；');
  return {
    id: name,
    label: labels.label['zh-CN'],
    ...(description ? { description } : {}),
    type,
    ...(value !== undefined ? { value } : {}),
    group: labels.group ?? 'input',
    ...(optional || choices ? {} : { constraints: { notEmpty: true } }),
    binding: labels.header ? { type: 'camunda:property', name: labels.bindTo ?? name } : { type: 'camunda:inputParameter', name: labels.bindTo ?? name },
    ...(choices ? { choices } : {}),
  };
}

/** Each declared output is a local variable of the task; its output parameter names the process variable (the analyst may rename it). */
function outputProperty(name: string, labels: { 'zh-CN': string }): C7TemplateProperty {
  return {
    id: `output.${name}`,
    label: `结果变量（${name}）`,
    description: `${labels['zh-CN']}；写入这里填写的流程变量`,
    type: 'String',
    value: name,
    group: 'output',
    constraints: { notEmpty: true },
    binding: { type: 'camunda:outputParameter', source: `\${${name}}` },
  };
}

/**
 * The Camunda 7 (Operaton) element template of a connector, from its descriptor alone: an external
 * task on the topic jobType(), inputs as input parameters (local variables of the task, so another
 * task's output never shadows them), outputs as output parameters, retries as task properties.
 */
export function c7ElementTemplate(d: TemplateDescriptor): C7ElementTemplate {
  if (!(d.input instanceof z.ZodObject)) throw new Error(`${d.id}: input must be a z.object to make a template`);
  const shape = d.input.shape as Record<string, z.ZodType>;
  const outputs = Object.keys(d.output ?? {});
  const clash = outputs.filter((name) => name in shape);
  if (clash.length > 0) throw new Error(`${d.id}: ${clash.join(', ')} is both an input and an output; name the output differently`);
  const errorCodes = Object.entries(d.errors ?? {}).map(([code, l]) => `${code}（${l['zh-CN']}）`);
  const properties: C7TemplateProperty[] = [
    { type: 'Hidden', value: 'external', binding: { type: 'property', name: 'camunda:type' } },
    { type: 'Hidden', value: jobType(d), binding: { type: 'property', name: 'camunda:topic' } },
    ...Object.entries(shape).map(([name, schema]) => inputProperty(name, schema, d, shape)),
    // Each output starts as a null local variable: an output parameter also runs when a boundary
    // event (an error, a timer) ends the task early, and `${echo}` must resolve then too.
    ...outputs.map((name) => ({ type: 'Hidden' as const, value: '${null}', binding: { type: 'camunda:inputParameter' as const, name } })),
    ...Object.entries(d.output ?? {}).map(([name, labels]) => outputProperty(name, labels)),
    ...(errorCodes.length > 0 ? [{ label: '可捕获的错误码', description: errorCodes.join('；'), type: 'Hidden' as const, value: errorCodes.map((c) => c.split('（')[0]).join(','), group: 'errors', binding: { type: 'camunda:property' as const, name: 'errorCodes' } }] : []),
    { id: 'retries', label: '重试次数', description: '用完后流程引擎记为异常', type: 'String', value: String(d.retries ?? 3), group: 'retries', constraints: { notEmpty: true }, binding: { type: 'camunda:property', name: 'retries' } },
    { id: 'retryBackoff', label: '重试间隔（ISO 8601，如 PT10S）', description: '不填时逐次加倍：1 秒、2 秒、4 秒……', type: 'String', ...(d.retryBackoff ? { value: d.retryBackoff } : {}), group: 'retries', binding: { type: 'camunda:property', name: 'retryBackoff' } },
  ];
  return {
    $schema: SCHEMA,
    id: `careflow.${d.id}`,
    name: d.name['zh-CN'],
    description: d.description['zh-CN'],
    version: d.version,
    category: { id: 'careflow', name: 'CareFlow' },
    appliesTo: ['bpmn:Task'],
    elementType: { value: 'bpmn:ServiceTask' },
    groups: GROUPS.filter((g) => properties.some((p) => p.group === g.id)),
    properties,
  };
}
