import { useEffect, useRef, useState } from 'react';
import type Modeler from 'bpmn-js/lib/Modeler';
import { CAMUNDA7_CONNECTOR_TEMPLATES, createCamunda7Modeler, problemsFromLint, translatorFor, type CareflowModelerData, type ModelProblem } from '@careflow/modeler/src/index';
import '@careflow/modeler/src/styles';

type Selected = { type: string; businessObject: { get(name: string): unknown } };
type Services = {
  eventBus: { on(event: string, cb: (e: { issues: Record<string, never[]> }) => void): void };
  selectionService: { get(): Selected[] };
  canvas: { addMarker(id: string, cls: string): void; removeMarker(id: string, cls: string): void; scrollToElement(el: unknown): void };
  elementRegistry: { get(id: string): unknown; getAll(): { id: string }[] };
  selection: { select(el: unknown): void };
};

/** The CareFlow modeler (Camunda 7 / Operaton) mounted in two divs, with its lint problems and an unsaved-changes flag. */
export function useProcessModeler(data: CareflowModelerData | null, locale: 'zh-CN' | 'en') {
  const canvasRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [modeler, setModeler] = useState<Modeler | null>(null);
  const [lintProblems, setLintProblems] = useState<ModelProblem[]>([]);
  const [dirty, setDirty] = useState(false);
  const [selectedFormKey, setSelectedFormKey] = useState<string | null>(null);

  useEffect(() => {
    if (!data || !canvasRef.current || !panelRef.current) return;
    const created = createCamunda7Modeler({ container: canvasRef.current, propertiesPanel: panelRef.current, data, templates: CAMUNDA7_CONNECTOR_TEMPLATES, locale, lint: {} });
    const translate = translatorFor(locale);
    const eventBus = created.get<Services['eventBus']>('eventBus');
    eventBus.on('linting.completed', ({ issues }) => setLintProblems(problemsFromLint(issues, translate)));
    eventBus.on('commandStack.changed', () => setDirty(true));
    const selection = created.get<Services['selectionService']>('selection');
    const showForm = () => setSelectedFormKey(formKeyOf(selection.get()));
    eventBus.on('selection.changed', showForm);
    eventBus.on('elements.changed', showForm);
    setModeler(created);
    return () => created.destroy();
  }, [data, locale]);

  /** Outlines the elements the engine refused; clears earlier outlines. */
  const markEngineProblems = (problems: ModelProblem[]) => {
    if (!modeler) return;
    const canvas = modeler.get<Services['canvas']>('canvas');
    for (const el of modeler.get<Services['elementRegistry']>('elementRegistry').getAll()) canvas.removeMarker(el.id, 'careflow-engine-problem');
    for (const p of problems) if (p.elementId && modeler.get<Services['elementRegistry']>('elementRegistry').get(p.elementId)) canvas.addMarker(p.elementId, 'careflow-engine-problem');
  };

  /** Selects and shows the element a problem names. */
  const reveal = (elementId: string) => {
    if (!modeler) return;
    const element = modeler.get<Services['elementRegistry']>('elementRegistry').get(elementId);
    if (!element) return;
    modeler.get<Services['selection']>('selection').select(element);
    modeler.get<Services['canvas']>('canvas').scrollToElement(element);
  };

  return { canvasRef, panelRef, modeler, lintProblems, dirty, setDirty, markEngineProblems, reveal, selectedFormKey };
}

/** The form key (camunda:formKey) of the one selected user task, if any. */
function formKeyOf(selected: Selected[]): string | null {
  if (selected.length !== 1 || selected[0].type !== 'bpmn:UserTask') return null;
  const formKey = selected[0].businessObject.get('camunda:formKey');
  return typeof formKey === 'string' && formKey !== '' ? formKey : null;
}
