import { showsHeat } from '@careflow/contracts';
import type { StepHeatFigures } from '../api/step-heat';

/** The bpmn-js services the overlay uses (a viewer's or the modeler's). */
interface Overlays {
  add(elementId: string, type: string, overlay: { position: { bottom?: number; left?: number; top?: number }; scale?: { min?: number; max?: number }; html: HTMLElement }): string;
  remove(filter: { type: string }): void;
}
interface Diagram {
  get<T>(name: string): T;
}

export const STEP_HEAT_OVERLAY = 'careflow-step-heat';
export type HeatTone = 'hot' | 'warm' | 'cool';

/** Hot when any of its tasks was late, warm when its p90 is in the top third of the diagram's steps, cool otherwise. */
export function heatTones(steps: StepHeatFigures[]): Map<string, HeatTone> {
  const p90s = steps.map((s) => s.p90Sec).filter((v): v is number => v !== null).sort((a, b) => a - b);
  const warmFrom = p90s.length >= 3 ? p90s[Math.floor((p90s.length * 2) / 3)] : Infinity;
  return new Map(steps.map((s) => [s.elementId, s.overdue > 0 ? 'hot' : s.p90Sec !== null && s.p90Sec >= warmFrom && s.p90Sec > 0 ? 'warm' : 'cool']));
}

/**
 * Puts each step's figures under its shape (replacing earlier ones). `lines` says them in the
 * user's language; they are set as text, never parsed as HTML.
 */
export function showStepHeat(diagram: Diagram, steps: StepHeatFigures[], lines: (step: StepHeatFigures) => string[]): void {
  clearStepHeat(diagram);
  const overlays = diagram.get<Overlays>('overlays');
  const registry = diagram.get<{ get(id: string): unknown }>('elementRegistry');
  const tones = heatTones(steps);
  for (const step of steps.filter(showsHeat)) {
    if (!registry.get(step.elementId)) continue; // a step of an older version that this diagram no longer has
    const badge = document.createElement('div');
    badge.className = `${STEP_HEAT_OVERLAY} ${STEP_HEAT_OVERLAY}-${tones.get(step.elementId) ?? 'cool'}`;
    badge.dataset.testid = `heat-${step.elementId}`;
    for (const text of lines(step)) {
      const line = document.createElement('div');
      line.textContent = text;
      badge.append(line);
    }
    // Never smaller than its own size: a whole process fitted to the screen would shrink it past reading.
    overlays.add(step.elementId, STEP_HEAT_OVERLAY, { position: { top: -6, left: -6 }, scale: { min: 1 }, html: badge });
  }
}

export function clearStepHeat(diagram: Diagram): void {
  diagram.get<Overlays>('overlays').remove({ type: STEP_HEAT_OVERLAY });
}
