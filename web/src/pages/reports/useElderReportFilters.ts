import { ELDER_REPORT_GROUPS } from '@careflow/contracts';
import type { ElderReportParams } from '../../api/elder-reports';
import { pick, useReportFilters } from './useReportFilters';

/** The elders report's filters, in the address like the other reports'. */
export const useElderReportFilters = () =>
  useReportFilters<ElderReportParams>((params) => ({
    areaCode: params.get('areaCode') || undefined,
    groupBy: pick(params.get('groupBy'), ELDER_REPORT_GROUPS) ?? 'category',
  }));
