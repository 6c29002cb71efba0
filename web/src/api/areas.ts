import type { areaAnswer, areaListAnswer, createAreaBody, updateAreaBody, Wire } from '@careflow/contracts';
import type { z } from 'zod';
import { api } from './client';
import type { Area } from './registry-types';

const path = (code: string) => `/api/areas/${encodeURIComponent(code)}`;

export async function listAreas(): Promise<Area[]> {
  return (await api.get<Wire<typeof areaListAnswer>>('/api/areas')).areas;
}

export async function createArea(input: z.input<typeof createAreaBody>): Promise<Area> {
  return (await api.post<Wire<typeof areaAnswer>>('/api/areas', input)).area;
}

export async function updateArea(code: string, changes: z.input<typeof updateAreaBody>): Promise<Area> {
  return (await api.patch<Wire<typeof areaAnswer>>(path(code), changes)).area;
}

export async function deleteArea(code: string): Promise<void> {
  await api.delete<unknown>(path(code));
}
