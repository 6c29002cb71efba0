// bpmn-moddle types only its `./types` entry. For the Node build of the C7 lint (tsconfig.node.json);
// the web app declares the same shape in web/src/studio/bpmn-libs.d.ts.
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
