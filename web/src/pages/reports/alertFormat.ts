import { ALERT_DEFAULTS, type AlertKind } from '@careflow/contracts';
import type { TFunction } from 'i18next';

/** A rule's threshold as read: "低于 95%" for the answer rate, "超过 3 起/件" for the counts. */
export function thresholdText(kind: AlertKind, threshold: number, t: TFunction): string {
  return t(`reports.alerts.threshold.${kind}`, { value: threshold });
}

/** The figure at the last check, in its unit; a dash before the first check or with too few calls. */
export function figureText(kind: AlertKind, value: number | null, t: TFunction): string {
  if (value === null) return '—';
  return t(`reports.alerts.figure.${kind}`, { value });
}

/** The form's initial values for a kind: the defaults the engine applies. */
export function defaultsOf(kind: AlertKind): { threshold: number; minutes?: number; minCalls?: number } {
  if (kind === 'answer_rate') return { threshold: 95, minutes: ALERT_DEFAULTS.windowMinutes, minCalls: ALERT_DEFAULTS.minCalls };
  if (kind === 'unconfirmed_alarms') return { threshold: 0, minutes: ALERT_DEFAULTS.alarmAgeMinutes };
  return { threshold: 10 };
}
