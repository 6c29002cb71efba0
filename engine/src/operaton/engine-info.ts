import type { ProcessEngineSupervision } from '@careflow/contracts';
import { OperatonRest } from './rest';

/** How the local process engine's supervision sees it (absent for an external engine). */
export type { ProcessEngineSupervision } from '@careflow/contracts';

/** CareFlow's link to its process engine: the REST client, and whether CareFlow runs it. */
export interface ProcessEngineLink {
  rest: OperatonRest;
  /** Started and supervised by this CareFlow (npm start), not external (PROCESS_ENGINE_URL). */
  embedded: boolean;
  supervisor?: { describe(): ProcessEngineSupervision };
}

/** The engine's version (`GET /version`); an answer means its REST API is up. */
export async function processEngineVersion(rest: OperatonRest, timeoutMs?: number): Promise<string> {
  return (await rest.get<{ version: string }>('/version', undefined, timeoutMs)).version;
}
