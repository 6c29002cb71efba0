import type { EmergencyKpiFigures } from '../../api/emergency-reports';
import { percent } from './format';

/** The stages of the response, in order, as the figures name them. */
export const RESPONSE_STAGES = ['callback', 'dispatch', 'accepted', 'onSite'] as const;
export type ResponseStageKey = (typeof RESPONSE_STAGES)[number];

/** The emergency KPIs the report shows, in its order: alarms and how they ended, then each stage's count and mean time. */
export const EMERGENCY_KPI_KEYS = ['alarms', 'falseAlarms', 'canceled', 'falseAlarmRate', ...RESPONSE_STAGES.flatMap((s) => [`${s}Count`, `${s}Sec`] as const)] as const;
export type EmergencyKpiKey = (typeof EMERGENCY_KPI_KEYS)[number];

/** Seconds as 分 and 秒 (or 秒 alone under a minute); '—' when no alarm reached the stage. */
export function minutesAndSeconds(sec: number | null, units: { min: string; sec: string }): string {
  if (sec === null) return '—';
  const m = Math.floor(sec / 60);
  const s = sec % 60;
  return m === 0 ? `${s}${units.sec}` : `${m}${units.min}${s ? `${s}${units.sec}` : ''}`;
}

/** One emergency KPI as the page prints it. */
export function emergencyKpiText(figures: EmergencyKpiFigures, key: EmergencyKpiKey, units: { min: string; sec: string }): string {
  if (key === 'falseAlarmRate') return percent(figures.falseAlarmRate);
  if (key === 'alarms' || key === 'falseAlarms' || key === 'canceled') return String(figures[key]);
  const stage = figures[key.replace(/(Count|Sec)$/, '') as ResponseStageKey];
  return key.endsWith('Count') ? String(stage.count) : minutesAndSeconds(stage.avgSec, units);
}
