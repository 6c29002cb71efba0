import type { DiagramElement, ModdleElement } from '../types';

/** The bpmn-js services extension-element edits need. */
export interface EditServices {
  bpmnFactory: { create(type: string, attrs?: Record<string, unknown>): ModdleElement };
  modeling: {
    updateProperties(element: DiagramElement, props: Record<string, unknown>): void;
    updateModdleProperties(element: DiagramElement, target: ModdleElement, props: Record<string, unknown>): void;
  };
}

const valuesOf = (ext: ModdleElement | undefined) => (ext?.get('values') as ModdleElement[] | undefined) ?? [];

/** The element's extension element of `type` (e.g. zeebe:FormDefinition), if any. */
export function findExtension(element: DiagramElement, type: string): ModdleElement | undefined {
  const ext = element.businessObject.get('extensionElements') as ModdleElement | undefined;
  return valuesOf(ext).find((v) => v.$type === type);
}

/** Sets properties on the extension element of `type`, creating it (and extensionElements) when missing. */
export function setExtension(s: EditServices, element: DiagramElement, type: string, props: Record<string, unknown>): ModdleElement {
  const bo = element.businessObject;
  let ext = bo.get('extensionElements') as ModdleElement | undefined;
  if (!ext) {
    ext = s.bpmnFactory.create('bpmn:ExtensionElements', { values: [] });
    ext.$parent = bo;
    s.modeling.updateProperties(element, { extensionElements: ext });
  }
  const found = valuesOf(ext).find((v) => v.$type === type);
  if (found) {
    s.modeling.updateModdleProperties(element, found, props);
    return found;
  }
  const created = s.bpmnFactory.create(type, props);
  created.$parent = ext;
  s.modeling.updateModdleProperties(element, ext, { values: [...valuesOf(ext), created] });
  return created;
}

/** Removes the extension element of `type`, if any. */
export function removeExtension(s: EditServices, element: DiagramElement, type: string): void {
  const ext = element.businessObject.get('extensionElements') as ModdleElement | undefined;
  if (!ext || !findExtension(element, type)) return;
  s.modeling.updateModdleProperties(element, ext, { values: valuesOf(ext).filter((v) => v.$type !== type) });
}
