import { api } from './client';
import type { HealthReport } from './types';

/** Public health report; a 503 (degraded) still carries the full report. */
export function fetchHealth(signal?: AbortSignal): Promise<HealthReport> {
  return api.get<HealthReport>('/api/health', { signal, skipAuthRedirect: true, acceptStatus: [503] });
}
