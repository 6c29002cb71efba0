// bpmn-moddle and bpmn-js-differ ship no types for their main entry: just what the viewer and the version diff use.
declare module 'bpmn-moddle' {
  export interface ModdleElement {
    $type: string;
    id?: string;
    name?: string;
    [key: string]: unknown;
  }
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string): Promise<{ rootElement: ModdleElement; warnings: unknown[] }>;
  }
}

declare module 'bpmn-js-differ' {
  import type { ModdleElement } from 'bpmn-moddle';
  export interface DiffResult {
    _added: Record<string, ModdleElement>;
    _removed: Record<string, ModdleElement>;
    _changed: Record<string, { model: ModdleElement; attrs: Record<string, { oldValue: unknown; newValue: unknown }> }>;
    _layoutChanged: Record<string, ModdleElement>;
  }
  export function diff(a: ModdleElement, b: ModdleElement): DiffResult;
}
