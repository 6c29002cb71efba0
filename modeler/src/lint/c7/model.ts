import { is } from 'bpmnlint-utils';
import type { ModdleElement } from '../../types';

/** What bpmnlint hands a rule's check and what a rule factory returns. */
export type Reporter = { report(id: string | undefined, message: string): void };
export type Rule = { check(node: ModdleElement, reporter: Reporter): void };

export { is };
export type { ModdleElement };

export const list = (value: unknown): ModdleElement[] => (Array.isArray(value) ? (value as ModdleElement[]) : []);

/** A string property, or undefined when unset or blank. */
export function text(node: ModdleElement, property: string): string | undefined {
  const value = node.get(property);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The element's extension elements of one type (all when no type is given). */
export function extensions(node: ModdleElement, type?: string): ModdleElement[] {
  const ext = node.get('extensionElements') as ModdleElement | undefined;
  const values = list(ext?.get('values'));
  return type ? values.filter((v) => is(v, type)) : values;
}

/** Elements a finding can name: flow elements, processes, messages and the like, not their parts. */
const NAMEABLE = ['bpmn:FlowElement', 'bpmn:RootElement', 'bpmn:Participant', 'bpmn:Definitions'];

/** The BPMN element a finding belongs to: the node itself or its nearest nameable ancestor with an id. */
export function owner(node: ModdleElement): ModdleElement {
  for (let at: ModdleElement | undefined = node; at; at = at.$parent) {
    if (at.id && NAMEABLE.some((t) => is(at, t)) && !is(at, 'bpmn:EventDefinition')) return at;
  }
  return node;
}

/** How a message names an element: its name and id, or the id alone. */
export function label(node: ModdleElement): string {
  const element = owner(node);
  const name = typeof element.get('name') === 'string' ? (element.get('name') as string).replace(/\s+/g, ' ').trim() : '';
  const id = element.id ?? element.$type;
  return name ? `${name} (${id})` : id;
}

/** The engine deploys executable processes only (isExecutable="true"); elements of the others are not checked. */
export function inDeployedScope(node: ModdleElement): boolean {
  for (let at: ModdleElement | undefined = node; at; at = at.$parent) {
    if (is(at, 'bpmn:Process')) return at.get('isExecutable') === true;
  }
  return true;
}

/** Reports against the element's owner, with its label in the message. */
export function reportOn(reporter: Reporter, node: ModdleElement, message: string): void {
  reporter.report(owner(node).id, message);
}

/** Cuts long values (an expression, a list of topics) so a message stays a line. */
export function clip(value: string, max = 160): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** What moddle keeps beside the typed properties: unknown attributes, and whether the element is unknown. */
interface RawParts {
  $attrs?: Record<string, unknown>;
  $descriptor?: { isGeneric?: boolean; properties?: MetaProperty[] };
}

/** A property as moddle describes it. */
export interface MetaProperty {
  name: string;
  type: string;
  isAttr?: boolean;
  isBody?: boolean;
  isMany?: boolean;
  isReference?: boolean;
  ns: { name: string; prefix: string; localName: string };
}

export const raw = (node: ModdleElement) => node as ModdleElement & RawParts;
