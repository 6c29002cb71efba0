import { SATISFACTION_REPORT_GROUPS } from '@careflow/contracts';
import type { SatisfactionReportParams } from '../../api/satisfaction-reports';
import { pick, useReportFilters } from './useReportFilters';

/** The satisfaction report's filters, in the address like the other reports'. */
export const useSatisfactionReportFilters = () =>
  useReportFilters<SatisfactionReportParams>((params) => ({
    areaCode: params.get('areaCode') || undefined,
    serviceType: params.get('serviceType') || undefined,
    agent: params.get('agent') || undefined,
    groupBy: pick(params.get('groupBy'), SATISFACTION_REPORT_GROUPS) ?? 'agent',
  }));
