import { z } from 'zod';
import { jobType, TemplateDescriptor } from '../runtime/descriptor';
import { FieldLabels, labelsOf } from '../runtime/template-fields';

const SCHEMA = 'https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json';
const GROUPS = [
  { id: 'input', label: '输入' },
  { id: 'output', label: '输出' },
  { id: 'errors', label: '错误处理' },
  { id: 'retries', label: '重试' },
];

type Binding = { type: 'zeebe:taskDefinition'; property: 'type' | 'retries' } | { type: 'zeebe:input'; name: string } | { type: 'zeebe:taskHeader'; key: string };

export interface TemplateProperty {
  id?: string;
  label?: string;
  description?: string;
  type: 'Hidden' | 'String' | 'Text' | 'Dropdown' | 'Boolean' | 'Number';
  value?: string | boolean | number;
  feel?: 'optional' | 'required';
  group?: string;
  optional?: boolean;
  binding: Binding;
  constraints?: { notEmpty?: boolean };
  choices?: { name: string; value: string }[];
  condition?: { property: string; equals: string | boolean };
}

export interface ElementTemplate {
  $schema: string;
  id: string;
  name: string;
  description: string;
  version: number;
  engines: { camunda: string };
  category: { id: string; name: string };
  appliesTo: string[];
  elementType: { value: string };
  groups: { id: string; label: string }[];
  properties: TemplateProperty[];
}

/** The wrapped schema inside optional/default/nullable, where its labels were attached. */
export function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; labels?: FieldLabels } {
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

function inputProperty(name: string, schema: z.ZodType, connectorId: string): TemplateProperty {
  const { inner, optional, labels } = unwrap(schema);
  if (!labels) throw new Error(`Input ${connectorId}.${name} has no template labels: wrap it in field()`);
  const enumValues = inner instanceof z.ZodEnum ? (inner.options as string[]) : undefined;
  const type = labels.type ?? (enumValues ? 'Dropdown' : inner instanceof z.ZodBoolean ? 'Boolean' : inner instanceof z.ZodNumber ? 'Number' : 'String');
  const structured = inner instanceof z.ZodArray || inner instanceof z.ZodObject || inner instanceof z.ZodRecord || inner instanceof z.ZodUnion;
  // Headers are plain text in Zeebe: no FEEL there.
  const feel = labels.header ? {} : structured ? { feel: 'required' as const } : labels.feel ? { feel: labels.feel } : type === 'String' || type === 'Text' ? { feel: 'optional' as const } : {};
  return {
    id: name,
    label: labels.label['zh-CN'],
    ...(labels.description ? { description: labels.description['zh-CN'] } : {}),
    type,
    ...(labels.value !== undefined ? { value: labels.value } : {}),
    // Lists and objects can only be written as FEEL; plain fields may take one too.
    ...feel,
    group: labels.group ?? 'input',
    ...(optional ? { optional: true } : { constraints: { notEmpty: true } }),
    binding: labels.header ? { type: 'zeebe:taskHeader', key: labels.bindTo ?? name } : { type: 'zeebe:input', name: labels.bindTo ?? name },
    ...(enumValues ? { choices: enumValues.map((v) => ({ name: labels.choices?.[v]?.['zh-CN'] ?? v, value: v })) } : {}),
    ...(labels.when ? { condition: { property: labels.when.field, equals: labels.when.equals } } : {}),
  };
}

/**
 * The Camunda 8 element template of a connector, derived from its descriptor alone: the job type
 * is fixed, each input is a labelled field bound to an input mapping, and the runtime's headers
 * (result variable, retry back-off) are offered too.
 */
export function elementTemplate(descriptor: TemplateDescriptor): ElementTemplate {
  if (!(descriptor.input instanceof z.ZodObject)) throw new Error(`${descriptor.id}: input must be a z.object to make a template`);
  const shape = descriptor.input.shape as Record<string, z.ZodType>;
  const errorCodes = Object.entries(descriptor.errors ?? {}).map(([code, l]) => `${code}（${l['zh-CN']}）`);
  const outputs = Object.entries(descriptor.output ?? {}).map(([name, l]) => `${name}：${l['zh-CN']}`);
  const runtime = descriptor.runtimeHeaders !== false;
  const properties: TemplateProperty[] = [
    { type: 'Hidden', value: jobType(descriptor), binding: { type: 'zeebe:taskDefinition', property: 'type' } },
    ...Object.entries(shape).map(([name, schema]) => inputProperty(name, schema, descriptor.id)),
    ...(runtime
      ? [
          {
            id: 'resultVariable',
            label: '结果变量',
            description: outputs.length > 0 ? `不填时直接写入：${outputs.join('；')}` : '连接器的输出放在这个变量里',
            type: 'String' as const,
            group: 'output',
            optional: true,
            binding: { type: 'zeebe:taskHeader' as const, key: 'resultVariable' },
          },
        ]
      : []),
    ...(errorCodes.length > 0 ? [{ label: '可捕获的错误码', description: errorCodes.join('；'), type: 'Hidden' as const, value: errorCodes.map((c) => c.split('（')[0]).join(','), group: 'errors', binding: { type: 'zeebe:taskHeader' as const, key: 'errorCodes' } }] : []),
    { id: 'retries', label: '重试次数', type: 'String', value: String(descriptor.retries ?? 3), group: 'retries', binding: { type: 'zeebe:taskDefinition', property: 'retries' } },
    ...(runtime
      ? [
          {
            id: 'retryBackoff',
            label: '重试间隔（ISO 8601，如 PT10S）',
            description: '不填时逐次加倍：1 秒、2 秒、4 秒……',
            type: 'String' as const,
            ...(descriptor.retryBackoff ? { value: descriptor.retryBackoff } : {}),
            group: 'retries',
            optional: true,
            binding: { type: 'zeebe:taskHeader' as const, key: 'retryBackoff' },
          },
        ]
      : []),
  ];
  return {
    $schema: SCHEMA,
    id: `careflow.${descriptor.id}`,
    name: descriptor.name['zh-CN'],
    description: descriptor.description['zh-CN'],
    version: descriptor.version,
    engines: { camunda: '^8.5' },
    category: { id: 'careflow', name: 'CareFlow' },
    appliesTo: ['bpmn:Task'],
    elementType: { value: 'bpmn:ServiceTask' },
    groups: runtime ? GROUPS : GROUPS.filter((g) => properties.some((p) => p.group === g.id)),
    properties,
  };
}
