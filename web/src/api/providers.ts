import type { providerAnswer, providerChangesBody, providerPage, serviceItemAnswer, serviceItemListAnswer, staffAnswer, staffChangesBody, staffPage, Wire } from '@careflow/contracts';
import type { z } from 'zod';
import { api, queryString } from './client';
import type { Provider, ProviderInput, ProviderQuery, ServiceItem, ServiceItemChanges, ServiceItemInput, Staff, StaffInput, StaffQuery } from './provider-types';

const providerPath = (id: string) => `/api/providers/${encodeURIComponent(id)}`;

export async function listServiceItems(): Promise<ServiceItem[]> {
  return (await api.get<Wire<typeof serviceItemListAnswer>>('/api/service-items')).items;
}

export async function createServiceItem(item: ServiceItemInput): Promise<ServiceItem> {
  return (await api.post<Wire<typeof serviceItemAnswer>>('/api/service-items', item)).item;
}

export async function updateServiceItem(code: string, changes: ServiceItemChanges): Promise<ServiceItem> {
  return (await api.patch<Wire<typeof serviceItemAnswer>>(`/api/service-items/${encodeURIComponent(code)}`, changes)).item;
}

export function listProviders(query: ProviderQuery, signal?: AbortSignal): Promise<Wire<typeof providerPage>> {
  return api.get(`/api/providers${queryString({ ...query })}`, { signal });
}

export async function getProvider(id: string): Promise<Provider> {
  return (await api.get<Wire<typeof providerAnswer>>(providerPath(id))).provider;
}

export async function createProvider(input: ProviderInput): Promise<Provider> {
  return (await api.post<Wire<typeof providerAnswer>>('/api/providers', input)).provider;
}

export async function updateProvider(id: string, changes: z.input<typeof providerChangesBody>): Promise<Provider> {
  return (await api.patch<Wire<typeof providerAnswer>>(providerPath(id), changes)).provider;
}

export function listStaff(providerId: string, query: Pick<StaffQuery, 'status' | 'page' | 'pageSize'> & Partial<Pick<StaffQuery, 'skill' | 'area'>>): Promise<Wire<typeof staffPage>> {
  return api.get(`${providerPath(providerId)}/staff${queryString({ ...query })}`);
}

export async function createStaff(providerId: string, input: StaffInput): Promise<Staff> {
  return (await api.post<Wire<typeof staffAnswer>>(`${providerPath(providerId)}/staff`, input)).staff;
}

export async function updateStaff(providerId: string, staffId: string, changes: z.input<typeof staffChangesBody>): Promise<Staff> {
  return (await api.patch<Wire<typeof staffAnswer>>(`${providerPath(providerId)}/staff/${encodeURIComponent(staffId)}`, changes)).staff;
}
