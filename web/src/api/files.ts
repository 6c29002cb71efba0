import type { storedFileAnswer, Wire } from '@careflow/contracts';
import { api } from './client';

/** A file in the engine's store, as POST /api/files answers. */
export type StoredFile = Wire<typeof storedFileAnswer>['file'];

/** Sends a photo or PDF as the raw body (the engine checks its first bytes); the stored file comes back. */
export async function uploadFile(blob: Blob, name: string): Promise<StoredFile> {
  return (await api.post<Wire<typeof storedFileAnswer>>(`/api/files?name=${encodeURIComponent(name)}`, blob, { contentType: blob.type })).file;
}

/** Where the browser reads a stored file. */
export const fileUrl = (id: string) => `/api/files/${encodeURIComponent(id)}`;
