import type Modeler from 'bpmn-js/lib/Modeler';
import { useEffect } from 'react';
import { clearStepHeat, showStepHeat } from '../../bpmn-viewer/stepHeat';
import { StepHeatBar } from '../../components/step-heat/StepHeatBar';
import { useStepHeat, useStepHeatLines } from '../../components/step-heat/useStepHeat';

/** 耗时热度 in 流程设计: the period bar, and each step's runs and times over the diagram being drawn (gone when closed). */
export function DesignerHeat({ modeler, serviceType }: { modeler: Modeler; serviceType: string }) {
  const { period, setPeriod, heat, error, loading } = useStepHeat(serviceType);
  const lines = useStepHeatLines();
  useEffect(() => {
    const show = () => showStepHeat(modeler, heat?.steps ?? [], lines);
    show();
    // Opening a diagram again (after a save, publish or import) clears every overlay: the heat goes back on.
    const events = modeler.get<{ on(event: string, cb: () => void): void; off(event: string, cb: () => void): void }>('eventBus');
    events.on('import.done', show);
    return () => {
      events.off('import.done', show);
      clearStepHeat(modeler);
    };
  }, [modeler, heat, lines]);
  return <StepHeatBar serviceType={serviceType} period={period} onPeriod={setPeriod} heat={heat} error={error} loading={loading} />;
}
