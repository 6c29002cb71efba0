import { api } from './client';

export const CHANNELS = ['phone', 'alarm', 'sms', 'web', 'tv'] as const;
export const PRIORITIES = ['emergency', 'high', 'normal', 'low'] as const;
/** Roles that may open cases (the engine's role list without connector and provider staff). */
export const START_ROLES = ['admin', 'analyst', 'supervisor', 'agent', 'auditor'] as const;
export const SLA_UNITS = ['minutes', 'hours', 'workingDays'] as const;

/** ServiceTypeSettings in engine/src/modules/service-types/schema.ts. */
export interface ServiceTypeSettings {
  priority: (typeof PRIORITIES)[number];
  sla?: { unit: (typeof SLA_UNITS)[number]; value: number };
  ivrDigit?: string;
  channels: (typeof CHANNELS)[number][];
  startRoles: string[];
}

export interface ServiceType {
  key: string;
  nameZh: string;
  nameEn: string;
  category: string;
  icon: string | null;
  intakeFormKey: string | null;
  publishedVersion: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface VersionSummary {
  typeKey: string;
  version: number;
  settings: ServiceTypeSettings;
  status: 'draft' | 'published';
  createdBy: string;
  createdByName: string | null;
  createdAt: string;
  publishedBy: string | null;
  publishedByName: string | null;
  publishedAt: string | null;
}

export type ServiceTypeVersion = VersionSummary & { bpmnXml: string };

export interface CatalogEntry {
  names: { 'zh-CN': string; en: string };
  category: string;
  icon?: string | null;
  intakeFormKey?: string | null;
}

const path = (key: string) => `/api/service-types/${encodeURIComponent(key)}`;

export async function listServiceTypes(): Promise<ServiceType[]> {
  return (await api.get<{ serviceTypes: ServiceType[] }>('/api/service-types')).serviceTypes;
}

/** The type and its versions, newest first. */
export function getServiceType(key: string): Promise<{ serviceType: ServiceType; versions: VersionSummary[] }> {
  return api.get(path(key));
}

export async function getVersion(key: string, version: number): Promise<ServiceTypeVersion> {
  return (await api.get<{ version: ServiceTypeVersion }>(`${path(key)}/versions/${version}`)).version;
}

export async function createServiceType(input: CatalogEntry & { key: string }): Promise<ServiceType> {
  const body = { ...input, icon: input.icon || undefined, intakeFormKey: input.intakeFormKey || undefined };
  return (await api.post<{ serviceType: ServiceType }>('/api/service-types', body)).serviceType;
}

export async function updateServiceType(key: string, changes: Partial<CatalogEntry>): Promise<ServiceType> {
  return (await api.patch<{ serviceType: ServiceType }>(path(key), changes)).serviceType;
}

/** Every save is a new draft version. */
export async function addVersion(key: string, input: { bpmnXml: string; settings: ServiceTypeSettings }): Promise<VersionSummary> {
  return (await api.post<{ version: VersionSummary }>(`${path(key)}/versions`, input)).version;
}
