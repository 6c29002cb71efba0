import { engineDate } from '@careflow/engine/dist/operaton/deployments';
import { deleteProcessInstance } from '@careflow/engine/dist/operaton/instances';
import { OperatonRest } from '@careflow/engine/dist/operaton/rest';

interface HistoricInstance {
  id: string;
  superProcessInstanceId: string | null;
}

/**
 * Deletes the process instances still running on the run's process engine that started at or after
 * `since`. Test files (and the describe blocks in one) run one at a time, so whatever started since a
 * block or file began is its own: without this, the next engine's task projection would take in
 * their open tasks on its first full comparison, and its inbox would list another database's tasks.
 */
export async function deleteLeftoverInstances(since: Date): Promise<void> {
  const url = process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL;
  if (!url) return;
  const rest = new OperatonRest({ baseUrl: url, timeoutMs: 30_000 });
  const left = await rest.post<HistoricInstance[]>('/history/process-instance', { unfinished: true, startedAfter: engineDate(new Date(since.getTime() - 1_000)) }).catch(() => []);
  // Top-level instances only: deleting one deletes the instances it called.
  const roots = left.filter((instance) => !instance.superProcessInstanceId);
  for (let i = 0; i < roots.length; i += 8) {
    // Gone already (its caller went first) is fine, and so is an engine that cannot delete now: this is cleaning up.
    const batch = roots.slice(i, i + 8).map((instance) => deleteProcessInstance(rest, instance.id).catch(() => false));
    await Promise.all(batch);
  }
}
