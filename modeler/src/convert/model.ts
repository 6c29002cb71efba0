import { BpmnModdle } from 'bpmn-moddle';
import camunda from 'camunda-bpmn-moddle/resources/camunda.json';

/**
 * The file is read with the Camunda 7 descriptor only: zeebe-bpmn-moddle and camunda-bpmn-moddle
 * cannot be loaded together (both define modelerTemplate), so Zeebe's elements come through as
 * moddle's generic elements (attributes as fields, children in $children). That also keeps Zeebe
 * elements newer than zeebe-bpmn-moddle visible, so none is dropped unseen.
 */
export interface Element {
  $type: string;
  id?: string;
  $attrs: Record<string, string>;
  $parent?: Element;
  $children?: Element[];
  $body?: string;
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  $instanceOf(type: string): boolean;
  [field: string]: unknown;
}

export const ZEEBE_NS = 'http://camunda.org/schema/zeebe/1.0';
export const CAMUNDA_NS = 'http://camunda.org/schema/1.0/bpmn';
export const MODELER_NS = 'http://camunda.org/schema/modeler/1.0';

/** The part of bpmn-moddle the converter uses (typed here: its published types differ by resolver). */
export interface Moddle {
  fromXML(xml: string): Promise<{ rootElement: Element; elementsById: Record<string, Element>; warnings: { message: string }[] }>;
  toXML(element: Element, options?: { format?: boolean }): Promise<{ xml: string }>;
  create(type: string, attrs?: Record<string, unknown>): Element;
}

export const createModdle = () => new BpmnModdle({ camunda }) as unknown as Moddle;

/** The local name of a generic element's type: `zeebe:taskDefinition` → `taskDefinition`. */
export const localName = (type: string) => type.slice(type.indexOf(':') + 1);

/** The prefixes the file binds to a namespace (normally just one). */
export function prefixesOf(definitions: Element, ns: string): Set<string> {
  const prefixes = Object.entries(definitions.$attrs)
    .filter(([name, value]) => name.startsWith('xmlns:') && value === ns)
    .map(([name]) => name.slice('xmlns:'.length));
  return new Set(prefixes);
}

export const prefixOf = (name: string) => (name.includes(':') ? name.slice(0, name.indexOf(':')) : '');

/** A generic element's attributes as written (without moddle's own fields), for the report. */
export function attributesOf(generic: Element): Record<string, string> {
  return Object.fromEntries(Object.entries(generic).filter(([k, v]) => !k.startsWith('$') && typeof v === 'string')) as Record<string, string>;
}

/** `<zeebe:taskDefinition type="a" retries="3"/>`: the element as it was written, for the report. */
export function written(generic: Element): string {
  const attrs = Object.entries(attributesOf(generic)).map(([k, v]) => ` ${k}="${v}"`).join('');
  const children = (generic.$children ?? []).map(written).join('');
  const body = generic.$body ?? '';
  return children || body ? `<${generic.$type}${attrs}>${body}${children}</${generic.$type}>` : `<${generic.$type}${attrs}/>`;
}

/** The element's extension elements, created when missing. */
export function extensionValues(moddle: Moddle, element: Element): Element[] {
  let extensions = element.get('extensionElements') as { values?: Element[] } | undefined;
  if (!extensions) {
    extensions = moddle.create('bpmn:ExtensionElements', { values: [] }) as unknown as { values: Element[] };
    element.set('extensionElements', extensions);
  }
  extensions.values ??= [];
  return extensions.values;
}
