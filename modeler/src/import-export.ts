import type Modeler from 'bpmn-js/lib/Modeler';
import type { ModelProblem } from './types';

type ImportWarning = { message: string; element?: { id?: string } };

/**
 * Opens a diagram, from CareFlow or another BPMN tool. Import warnings (unknown elements, broken
 * references) come back as problems to list; a file bpmn-js cannot read at all throws.
 */
export async function importDiagram(modeler: Modeler, xml: string): Promise<ModelProblem[]> {
  try {
    const { warnings } = await modeler.importXML(xml);
    return (warnings as unknown as ImportWarning[]).map((w) => ({ elementId: w.element?.id, message: w.message, source: 'import', category: 'warn' }));
  } catch (err) {
    const warnings = ((err as { warnings?: ImportWarning[] }).warnings ?? []).map((w) => w.message);
    throw new Error([(err as Error).message, ...warnings].join('\n'));
  }
}

/** The current diagram as indented XML. */
export async function exportDiagram(modeler: Modeler): Promise<string> {
  const { xml } = await modeler.saveXML({ format: true });
  if (!xml) throw new Error('The diagram is empty');
  return xml;
}

/** Saves `xml` as a .bpmn file through the browser's download. */
export function downloadXml(xml: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName.endsWith('.bpmn') ? fileName : `${fileName}.bpmn` });
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

/** A BPMN process id for a service type key: an NCName (as BPMN wants), unique per type. */
export const processIdOf = (key: string) => `careflow_${key.replace(/[^A-Za-z0-9_]/g, '_')}`;
