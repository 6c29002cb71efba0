import { EMERGENCY_REPORT_GROUPS } from '@careflow/contracts';
import type { EmergencyReportParams } from '../../api/emergency-reports';
import { pick, useReportFilters } from './useReportFilters';

/** The emergency report's filters, in the address like the other reports'. */
export const useEmergencyReportFilters = () =>
  useReportFilters<EmergencyReportParams>((params) => ({
    areaCode: params.get('areaCode') || undefined,
    serviceType: params.get('serviceType') || undefined,
    groupBy: pick(params.get('groupBy'), EMERGENCY_REPORT_GROUPS) ?? 'button',
  }));
