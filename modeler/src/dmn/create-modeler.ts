import EditingManager from 'dmn-js-shared/lib/base/EditingManager';
import Manager from 'dmn-js-shared/lib/base/Manager';
import DecisionTableEditor from 'dmn-js-decision-table/lib/Editor';
import DecisionTableViewer from 'dmn-js-decision-table/lib/Viewer';
import type { ModelerLocale } from '../i18n';
import type { ModelProblem } from '../types';
import { dmnTranslateModule, dmnTranslatorFor } from './translate';

/** What CareFlow uses of a dmn-js manager (the Modeler or the Viewer). */
export interface DecisionTableModeler {
  importXML(xml: string): Promise<{ warnings: { message: string; element?: { id?: string } }[] }>;
  saveXML(options?: { format?: boolean }): Promise<{ xml: string }>;
  getActiveViewer(): { get<T>(name: string): T; on(event: string, callback: () => void): void } | undefined;
  destroy(): void;
}

export interface DecisionTableModelerOptions {
  container: HTMLElement;
  locale?: ModelerLocale;
  /** Readers see the table; no cell can be changed. */
  readOnly?: boolean;
}

const decisionTableView = (constructor: unknown) => ({
  id: 'decisionTable',
  constructor,
  opens: (element: { $type: string; decisionLogic?: { $type: string } }) => element.$type === 'dmn:Decision' && element.decisionLogic?.$type === 'dmn:DecisionTable',
});

/** dmn-js with the decision table view only: a CareFlow table file holds one decision and nothing else. */
class CareflowDecisionTableModeler extends EditingManager {
  override _getViewProviders() {
    return [decisionTableView(DecisionTableEditor)];
  }
}
class CareflowDecisionTableViewer extends Manager {
  constructor(options: Record<string, unknown>, readonly translate: (text: string) => string) {
    super(options);
  }

  /** dmn-js's viewer shows a column's type as written (its editor translates it): say it in the UI's language. */
  translateTypes() {
    const container = (this as unknown as { _container: HTMLElement })._container;
    container.querySelectorAll('.input-variable, .output-variable').forEach((el) => {
      if (el.textContent) el.textContent = this.translate(el.textContent);
    });
  }

  override _getViewProviders() {
    return [decisionTableView(DecisionTableViewer)];
  }
}

/** The decision table editor (or viewer), in zh-CN unless the UI speaks English. */
export function createDecisionTableModeler(options: DecisionTableModelerOptions): DecisionTableModeler {
  const locale = options.locale ?? 'zh-CN';
  // dmn-js hands a view its own options' modules only (`common` ones are dropped): translate goes with the view's.
  const managerOptions = { container: options.container, decisionTable: { additionalModules: [dmnTranslateModule(locale)] } };
  const manager = options.readOnly ? new CareflowDecisionTableViewer(managerOptions, dmnTranslatorFor(locale)) : new CareflowDecisionTableModeler(managerOptions);
  return manager as unknown as DecisionTableModeler;
}

/**
 * Opens a table; dmn-js's import warnings come back as problems (bpmn-io's habit: it opens what it can
 * read and says what it skipped). A file that is not DMN throws.
 */
export async function openDecisionTable(modeler: DecisionTableModeler, xml: string): Promise<ModelProblem[]> {
  const { warnings } = await modeler.importXML(xml);
  if (modeler instanceof CareflowDecisionTableViewer) modeler.translateTypes();
  return (warnings ?? []).map((w) => ({ ...(w.element?.id ? { elementId: w.element.id } : {}), message: w.message, source: 'import', category: 'warn' as const }));
}

export async function exportDecisionTable(modeler: DecisionTableModeler): Promise<string> {
  return (await modeler.saveXML({ format: true })).xml;
}
