import { api, queryString } from './client';
import type { Provider, ProviderInput, ProviderQuery, ServiceItem, Staff, StaffInput, StaffStatus } from './provider-types';

const providerPath = (id: string) => `/api/providers/${encodeURIComponent(id)}`;

export async function listServiceItems(): Promise<ServiceItem[]> {
  return (await api.get<{ items: ServiceItem[] }>('/api/service-items')).items;
}

export async function createServiceItem(item: ServiceItem): Promise<ServiceItem> {
  return (await api.post<{ item: ServiceItem }>('/api/service-items', item)).item;
}

export async function updateServiceItem(code: string, changes: Partial<Omit<ServiceItem, 'code'>>): Promise<ServiceItem> {
  return (await api.patch<{ item: ServiceItem }>(`/api/service-items/${encodeURIComponent(code)}`, changes)).item;
}

export function listProviders(query: ProviderQuery, signal?: AbortSignal): Promise<{ providers: Provider[]; total: number }> {
  return api.get(`/api/providers${queryString({ ...query })}`, { signal });
}

export async function getProvider(id: string): Promise<Provider> {
  return (await api.get<{ provider: Provider }>(providerPath(id))).provider;
}

export async function createProvider(input: ProviderInput): Promise<Provider> {
  return (await api.post<{ provider: Provider }>('/api/providers', input)).provider;
}

export async function updateProvider(id: string, changes: Partial<ProviderInput>): Promise<Provider> {
  return (await api.patch<{ provider: Provider }>(providerPath(id), changes)).provider;
}

export function listStaff(providerId: string, query: { status?: StaffStatus; page: number; pageSize: number }): Promise<{ staff: Staff[]; total: number }> {
  return api.get(`${providerPath(providerId)}/staff${queryString({ ...query })}`);
}

export async function createStaff(providerId: string, input: StaffInput): Promise<Staff> {
  return (await api.post<{ staff: Staff }>(`${providerPath(providerId)}/staff`, input)).staff;
}

export async function updateStaff(providerId: string, staffId: string, changes: Partial<StaffInput>): Promise<Staff> {
  return (await api.patch<{ staff: Staff }>(`${providerPath(providerId)}/staff/${encodeURIComponent(staffId)}`, changes)).staff;
}
