import { api } from './client';
import type { Area, AreaLevel } from './registry-types';

const path = (code: string) => `/api/areas/${encodeURIComponent(code)}`;

export async function listAreas(): Promise<Area[]> {
  return (await api.get<{ areas: Area[] }>('/api/areas')).areas;
}

export async function createArea(input: { code: string; name: string; level: AreaLevel; parentCode: string | null; sort?: number }): Promise<Area> {
  return (await api.post<{ area: Area }>('/api/areas', input)).area;
}

export async function updateArea(code: string, changes: { name?: string; sort?: number }): Promise<Area> {
  return (await api.patch<{ area: Area }>(path(code), changes)).area;
}

export async function deleteArea(code: string): Promise<void> {
  await api.delete<unknown>(path(code));
}
