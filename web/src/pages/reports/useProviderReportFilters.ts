import { PROVIDER_REPORT_GROUPS } from '@careflow/contracts';
import type { ProviderReportParams } from '../../api/provider-reports';
import { pick, useReportFilters } from './useReportFilters';

/** The providers report's filters, in the address like the other reports'. */
export const useProviderReportFilters = () =>
  useReportFilters<ProviderReportParams>((params) => ({
    areaCode: params.get('areaCode') || undefined,
    serviceItem: params.get('serviceItem') || undefined,
    groupBy: pick(params.get('groupBy'), PROVIDER_REPORT_GROUPS) ?? 'provider',
  }));
