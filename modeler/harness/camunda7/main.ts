/**
 * The Camunda 7 modeler on a bare page for browser tests: the test hands in forms, groups and element
 * templates, draws through the UI, and reads the XML back through `window.careflowHarness`.
 */
import type Modeler from 'bpmn-js/lib/Modeler';
import { blankCamunda7Diagram, createCamunda7Modeler, exportDiagram, importCamunda7Diagram, type Camunda7ModelerOptions, type ModelProblem } from '../../src/index';
import '../../src/styles';

type Open = Pick<Camunda7ModelerOptions, 'data' | 'templates' | 'locale'> & { xml?: string; processId?: string };

let modeler: Modeler | undefined;
const current = () => {
  if (!modeler) throw new Error('careflowHarness.open() first');
  return modeler;
};

const harness = {
  /** Mounts a fresh modeler and opens `xml`, or a new Camunda 7 diagram (id `processId`); returns the import's problems. */
  async open(options: Open): Promise<ModelProblem[]> {
    modeler?.destroy();
    modeler = createCamunda7Modeler({ ...options, container: document.getElementById('canvas')!, propertiesPanel: document.getElementById('panel')! });
    return importCamunda7Diagram(modeler, options.xml ?? blankCamunda7Diagram(options.processId ?? 'careflow_harness', '测试流程'));
  },
  importXml: (xml: string): Promise<ModelProblem[]> => importCamunda7Diagram(current(), xml),
  exportXml: (): Promise<string> => exportDiagram(current()),
};

declare global {
  interface Window {
    careflowHarness: typeof harness;
  }
}
window.careflowHarness = harness;
