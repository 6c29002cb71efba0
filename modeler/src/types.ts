/** What CareFlow's additions read from the engine: passed to the modeler as `config.careflow`. */
export interface CareflowModelerData {
  /** The forms library (GET /api/forms). */
  forms: { key: string; title: string }[];
  /** Groups that may be candidate groups (GET /api/groups). */
  groups: { key: string; name: string }[];
}

/** A diagram element as diagram-js hands it out; CareFlow reads only these fields. */
export interface DiagramElement {
  id: string;
  type: string;
  businessObject: ModdleElement;
}

/** A moddle element (bpmn-moddle); properties are read with get(). */
export interface ModdleElement {
  $type: string;
  $parent?: ModdleElement;
  id?: string;
  get(name: string): unknown;
  set(name: string, value: unknown): void;
}

/** A problem found by lint, import or the engine. */
export interface ModelProblem {
  elementId?: string;
  message: string;
  /** lint rule or source ('import', 'engine'). */
  source: string;
  category: 'error' | 'warn' | 'info';
}
