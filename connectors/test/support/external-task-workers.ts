import { z } from 'zod';
import { ConnectorDescriptor, defineConnector } from '@careflow/connectors/dist/runtime/descriptor';
import type { JobReport } from '@careflow/connectors/dist/runtime/outcome';
import { SecretStore } from '@careflow/connectors/dist/runtime/secrets';
import { field } from '@careflow/connectors/dist/runtime/template-fields';
import { ExternalTaskWorkerOptions, RunningExternalTaskWorkers, startExternalTaskWorkers } from '@careflow/connectors/dist/runtime/external-task';
import type { EngineClient } from '@careflow/connectors/dist/runtime/engine-client';
import { MemoryEngine } from './memory-engine';
import { operatonUrl } from './operaton';

const labels = { 'zh-CN': '测试', en: 'Test' };

/** A test connector of one optional text input `note` whose run the test supplies. */
export function testConnector(id: string, run: (input: { note?: string }) => Promise<Record<string, unknown>>, extra: Partial<ConnectorDescriptor> = {}): ConnectorDescriptor {
  return defineConnector({
    id,
    version: 1,
    name: labels,
    description: labels,
    input: z.object({ note: field(z.string().optional(), { label: labels }) }),
    output: { result: labels },
    run: (input) => run(input as { note?: string }),
    ...extra,
  }) as unknown as ConnectorDescriptor;
}

/** Workers on the run's Operaton with CareFlow's API in memory; what they reported is kept. */
export function startTestWorkers(descriptors: ConnectorDescriptor[], options: Partial<ExternalTaskWorkerOptions> & { engine?: EngineClient } = {}) {
  const reports: JobReport[] = [];
  const warnings: string[] = [];
  const infos: string[] = [];
  const engine = options.engine ?? new MemoryEngine();
  if (engine instanceof MemoryEngine) engine.on('POST', '/api/connector-reports', (body) => void reports.push(body as JobReport));
  const workers: RunningExternalTaskWorkers = startExternalTaskWorkers(operatonUrl(), descriptors, {
    logger: { info: (obj, msg) => void infos.push(`${msg} ${JSON.stringify(obj)}`), warn: (obj, msg) => void warnings.push(`${msg} ${JSON.stringify(obj)}`) },
    secrets: new SecretStore({}),
    pollTimeoutMs: 1_000,
    ...options,
    engine,
  });
  return { workers, reports, warnings, infos, engine };
}
