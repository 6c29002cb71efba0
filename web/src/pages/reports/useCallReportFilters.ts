import { CALL_REPORT_GROUPS } from '@careflow/contracts';
import type { CallReportParams } from '../../api/reports';
import { pick, useReportFilters } from './useReportFilters';

/** The call report's filters, in the address. */
export const useCallReportFilters = () =>
  useReportFilters<CallReportParams>((params) => ({
    areaCode: params.get('areaCode') || undefined,
    agent: params.get('agent') || undefined,
    groupBy: pick(params.get('groupBy'), CALL_REPORT_GROUPS) ?? 'day',
  }));
