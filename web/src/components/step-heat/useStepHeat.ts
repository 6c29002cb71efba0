import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getStepHeat, type StepHeatFigures } from '../../api/step-heat';
import { useLoaded } from '../../hooks/useLoaded';

export type HeatPeriod = { from: string; to: string };

/**
 * The last 30 days and tomorrow: the heat's default period. Its days are the bureau's (the engine's
 * time zone), which may already be tomorrow by this browser's clock (Beijing time seen from UTC).
 */
export const lastThirtyDays = (): HeatPeriod => ({ from: dayjs().subtract(29, 'day').format('YYYY-MM-DD'), to: dayjs().add(1, 'day').format('YYYY-MM-DD') });

/** A service type's step heat over a period the user picks (loaded only while `enabled`). */
export function useStepHeat(serviceType: string, enabled = true) {
  const [period, setPeriod] = useState<HeatPeriod>(lastThirtyDays);
  const load = useCallback((signal: AbortSignal) => (enabled ? getStepHeat(serviceType, period, signal) : Promise.resolve(null)), [serviceType, period, enabled]);
  const { value, error, loading } = useLoaded(load);
  return { period, setPeriod, heat: value, error, loading };
}

/** Time spent as the heat shows it: seconds, minutes, hours or days, whichever reads best. */
export function useDurationText(): (sec: number | null) => string {
  const { t } = useTranslation();
  return useCallback(
    (sec: number | null) => {
      if (sec === null) return t('stepHeat.duration.none');
      if (sec < 60) return t('stepHeat.duration.sec', { n: Math.round(sec) });
      if (sec < 3600) return t('stepHeat.duration.min', { n: Math.round(sec / 60) });
      if (sec < 86_400) return t('stepHeat.duration.hour', { n: Number((sec / 3600).toFixed(1)) });
      return t('stepHeat.duration.day', { n: Number((sec / 86_400).toFixed(1)) });
    },
    [t],
  );
}

/** The lines of a step's badge on the diagram. */
export function useStepHeatLines(): (step: StepHeatFigures) => string[] {
  const { t } = useTranslation();
  const duration = useDurationText();
  return useCallback(
    (step: StepHeatFigures) => [
      t('stepHeat.line.runs', { passed: step.passed, open: step.open }),
      ...(step.passed > 0 ? [t('stepHeat.line.times', { median: duration(step.medianSec), p90: duration(step.p90Sec) })] : []),
      ...(step.overdue > 0 ? [t('stepHeat.line.overdue', { count: step.overdue })] : []),
    ],
    [t, duration],
  );
}
