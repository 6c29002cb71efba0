import { useCallback, useEffect, useRef, useState } from 'react';
import { createDecisionTableModeler, exportDecisionTable, openDecisionTable, type DecisionTableModeler, type ModelProblem } from '@careflow/modeler/src/index';
import '@careflow/modeler/src/dmn/styles';

/**
 * dmn-js's decision table mounted in a div (the editor, or the viewer for readers), the file opened
 * with its import warnings, and an unsaved-changes flag.
 */
export function useDecisionTable(xml: string | null, options: { locale: 'zh-CN' | 'en'; readOnly: boolean }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const modelerRef = useRef<DecisionTableModeler | null>(null);
  const [importProblems, setImportProblems] = useState<ModelProblem[]>([]);
  const [importError, setImportError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!containerRef.current) return;
    const modeler = createDecisionTableModeler({ container: containerRef.current, locale: options.locale, readOnly: options.readOnly });
    modelerRef.current = modeler;
    return () => {
      modelerRef.current = null;
      setReady(false);
      modeler.destroy();
    };
  }, [options.locale, options.readOnly]);

  useEffect(() => {
    const modeler = modelerRef.current;
    if (!modeler || xml === null) return;
    setReady(false);
    openDecisionTable(modeler, xml).then(
      (problems) => {
        setImportProblems(problems);
        setImportError(null);
        setDirty(false);
        // Each open makes a new viewer: listen to the one now shown.
        modeler.getActiveViewer()?.get<{ on(event: string, cb: () => void): void }>('eventBus').on('commandStack.changed', () => setDirty(true));
        setReady(true);
      },
      (err: Error) => setImportError(err.message),
    );
  }, [xml, options.locale, options.readOnly]);

  const exportXml = useCallback(async () => {
    if (!modelerRef.current) throw new Error('the decision table is not open');
    return exportDecisionTable(modelerRef.current);
  }, []);

  return { containerRef, importProblems, importError, dirty, setDirty, ready, exportXml };
}
