import type { JobReport } from '@careflow/contracts';
import { CaseTimeline } from '../cases/timeline';

const TIMELINE_TYPE = { complete: 'connector.completed', bpmnError: 'connector.bpmn_error', fail: 'connector.failed' } as const;

/**
 * What every connector job came to, on its case's timeline (POST /api/connector-reports after each
 * external task). The process engine keeps the incidents itself (retries out → an incident there).
 */
export class ConnectorReports {
  constructor(private readonly timeline: CaseTimeline) {}

  async record(r: JobReport): Promise<void> {
    const caseId = typeof r.variables.caseId === 'string' ? r.variables.caseId : null;
    if (!caseId) return;
    const { outcome } = r;
    const error = outcome.kind === 'complete' ? undefined : outcome.errorMessage;
    const code = outcome.kind === 'bpmnError' ? { errorCode: outcome.errorCode } : {};
    const notes = r.notes.length > 0 ? { notes: r.notes } : {};
    await this.timeline.record(caseId, TIMELINE_TYPE[outcome.kind], null, { jobType: r.jobType, elementId: r.job.elementId, ...code, ...(error ? { error } : {}), ...notes });
  }
}
