import type {
  newServiceTypeBody,
  serviceTypeAnswer,
  serviceTypeListAnswer,
  serviceTypeSettingsView,
  serviceTypeVersionAnswer,
  serviceTypeVersionLine,
  serviceTypeVersionSummaryAnswer,
  serviceTypeVersionView,
  serviceTypeView,
  serviceTypeWithVersions,
  updateServiceTypeBody,
  newVersionBody,
  Wire,
} from '@careflow/contracts';
import type { z } from 'zod';
import { api } from './client';

export { CHANNELS, PRIORITIES, SLA_UNITS } from '@careflow/contracts';
/** Roles that may open cases (the engine's role list without connector and provider staff). */
export const START_ROLES = ['admin', 'analyst', 'supervisor', 'agent', 'auditor'] as const;

export type ServiceTypeSettings = Wire<typeof serviceTypeSettingsView>;
export type ServiceType = Wire<typeof serviceTypeView>;
/** A version in its type's list (no model; who saved and published it). */
export type VersionSummary = Wire<typeof serviceTypeVersionLine>;
/** One version with its model (GET …/versions/:version; no display names). */
export type ServiceTypeVersion = Wire<typeof serviceTypeVersionView>;

/** The create form's values: an empty (or null) icon or intake form is none. */
type NewServiceType = Omit<z.input<typeof newServiceTypeBody>, 'icon' | 'intakeFormKey'> & { icon?: string | null; intakeFormKey?: string | null };

const path = (key: string) => `/api/service-types/${encodeURIComponent(key)}`;

export async function listServiceTypes(): Promise<ServiceType[]> {
  return (await api.get<Wire<typeof serviceTypeListAnswer>>('/api/service-types')).serviceTypes;
}

/** The type and its versions, newest first. */
export function getServiceType(key: string): Promise<Wire<typeof serviceTypeWithVersions>> {
  return api.get(path(key));
}

export async function getVersion(key: string, version: number): Promise<ServiceTypeVersion> {
  return (await api.get<Wire<typeof serviceTypeVersionAnswer>>(`${path(key)}/versions/${version}`)).version;
}

export async function createServiceType(input: NewServiceType): Promise<ServiceType> {
  const body: z.input<typeof newServiceTypeBody> = { ...input, icon: input.icon || undefined, intakeFormKey: input.intakeFormKey || undefined };
  return (await api.post<Wire<typeof serviceTypeAnswer>>('/api/service-types', body)).serviceType;
}

export async function updateServiceType(key: string, changes: z.input<typeof updateServiceTypeBody>): Promise<ServiceType> {
  return (await api.patch<Wire<typeof serviceTypeAnswer>>(path(key), changes)).serviceType;
}

/** Every save is a new draft version (the answer has no model and no display names). */
export async function addVersion(key: string, input: z.input<typeof newVersionBody>): Promise<Wire<typeof serviceTypeVersionSummaryAnswer>['version']> {
  return (await api.post<Wire<typeof serviceTypeVersionSummaryAnswer>>(`${path(key)}/versions`, input)).version;
}
