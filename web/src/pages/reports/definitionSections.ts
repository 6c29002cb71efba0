import { ALERT_KINDS } from '@careflow/contracts';
import { CASE_KPI_KEYS } from './caseFormat';
import { EMERGENCY_KPI_KEYS } from './emergencyFormat';
import { CALL_KPI_KEYS } from './format';
import { PROVIDER_KPI_KEYS } from './providerFormat';

/** The satisfaction report's figures, as 口径 lists them. */
const SATISFACTION_KPI_KEYS = ['rated', 'satisfiedRate', 'dissatisfiedRate'] as const;
/** The elders report's figures. */
const ELDER_KPI_KEYS = ['registered', 'served', 'added', 'moved', 'deceased', 'servedRate'] as const;

/** One report's definitions: where its KPI names and its definitions' texts are among the messages. */
export interface Section {
  id: 'calls' | 'cases' | 'emergency' | 'satisfaction' | 'providers' | 'elders' | 'alerts';
  keys: readonly string[];
  /** The message of a KPI's name (each report names its KPIs in its own place). */
  name: (key: string) => string;
  testId: string;
}

export const SECTIONS: Section[] = [
  { id: 'calls', keys: CALL_KPI_KEYS, name: (k) => `reports.calls.kpi.${k}`, testId: 'kpi-definitions' },
  { id: 'cases', keys: CASE_KPI_KEYS, name: (k) => `reports.cases.kpi.${k}`, testId: 'case-kpi-definitions' },
  { id: 'emergency', keys: EMERGENCY_KPI_KEYS, name: (k) => `reports.emergency.kpi.${k}`, testId: 'emergency-kpi-definitions' },
  { id: 'satisfaction', keys: SATISFACTION_KPI_KEYS, name: (k) => `reports.satisfaction.${k}`, testId: 'satisfaction-kpi-definitions' },
  { id: 'providers', keys: PROVIDER_KPI_KEYS, name: (k) => `reports.providers.kpi.${k}`, testId: 'provider-kpi-definitions' },
  { id: 'elders', keys: ELDER_KPI_KEYS, name: (k) => `reports.elders.kpi.${k}`, testId: 'elder-kpi-definitions' },
  { id: 'alerts', keys: ALERT_KINDS, name: (k) => `reports.alerts.kinds.${k}`, testId: 'alert-definitions' },
];

/** Every message a section shows (definitions.test checks each is in both languages). */
export const sectionMessages = (section: Section): string[] => [
  `reports.definitions.${section.id}Title`,
  `reports.definitions.${section.id}Intro`,
  ...section.keys.flatMap((key) => [section.name(key), `reports.definitions.${section.id}.${key}.formula`, `reports.definitions.${section.id}.${key}.events`]),
];
