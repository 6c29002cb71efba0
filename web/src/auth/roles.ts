import { ACCESS, allows } from '@careflow/contracts';
import type { ImportKind } from '../api/imports';
import type { User } from '../api/types';
import { useAuth } from './useAuth';

/** The engine's route access lists (ACCESS in the contracts), to hide controls a user could not use anyway. */
const ELDER_EDITORS = ACCESS.elders.edit;
const STATUS_HISTORY_READERS = ['admin', 'supervisor', 'agent', 'auditor'];
const PROVIDER_MANAGERS = ACCESS.providers.manage;
const PROVIDER_EDITORS = ACCESS.providers.edit;
/** Who may import what (the engine's import kinds say the same). */
const IMPORTERS: Record<ImportKind, readonly string[]> = {
  elders: ['admin', 'supervisor'],
  areas: ['admin'],
  providers: ['admin', 'supervisor'],
  staff: ['admin', 'supervisor', 'provider_admin'],
  'care-plans': ACCESS.care.manage,
};

export const hasRole = (user: User | null, roles: readonly string[]) => !!user && allows(user.roles, roles);

export interface Permissions {
  admin: boolean;
  editElders: boolean;
  readStatusHistory: boolean;
  manageProviders: boolean;
  editProviders: boolean;
  /** New service types and their versions (服务类型, 流程设计). */
  editServiceTypes: boolean;
  /** New forms and their versions (表单设计). */
  editForms: boolean;
  /** 收费清单 and the subsidy rules. */
  readBilling: boolean;
  /** 周期性需求 on the elder file. */
  readPeriodicNeeds: boolean;
  managePeriodicNeeds: boolean;
  /** 主动关怀: plans on the elder file; rules over many elders. */
  readCare: boolean;
  manageCare: boolean;
  manageCareRules: boolean;
  /** 统计报表 and the step heat on the diagrams. */
  readReports: boolean;
  canImport: (kind: ImportKind) => boolean;
}

export function usePermissions(): Permissions {
  const { user } = useAuth();
  return {
    admin: hasRole(user, ['admin']),
    editElders: hasRole(user, ELDER_EDITORS),
    readStatusHistory: hasRole(user, STATUS_HISTORY_READERS),
    manageProviders: hasRole(user, PROVIDER_MANAGERS),
    editProviders: hasRole(user, PROVIDER_EDITORS),
    editServiceTypes: hasRole(user, ACCESS.serviceTypes.edit),
    editForms: hasRole(user, ACCESS.forms.edit),
    readBilling: hasRole(user, ACCESS.billing.read),
    readPeriodicNeeds: hasRole(user, ACCESS.periodicNeeds.read),
    managePeriodicNeeds: hasRole(user, ACCESS.periodicNeeds.manage),
    readCare: hasRole(user, ACCESS.care.read),
    manageCare: hasRole(user, ACCESS.care.manage),
    manageCareRules: hasRole(user, ACCESS.care.rules),
    readReports: hasRole(user, ACCESS.reports.read),
    canImport: (kind) => hasRole(user, IMPORTERS[kind]),
  };
}
