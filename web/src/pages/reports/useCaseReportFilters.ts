import { CASE_REPORT_GROUPS, CHANNELS } from '@careflow/contracts';
import type { CaseReportParams } from '../../api/case-reports';
import { pick, useReportFilters } from './useReportFilters';

/** The case report's filters, in the address like the call report's. */
export const useCaseReportFilters = () =>
  useReportFilters<CaseReportParams>((params) => ({
    areaCode: params.get('areaCode') || undefined,
    serviceType: params.get('serviceType') || undefined,
    channel: pick(params.get('channel'), CHANNELS),
    agent: params.get('agent') || undefined,
    groupBy: pick(params.get('groupBy'), CASE_REPORT_GROUPS) ?? 'type',
  }));
