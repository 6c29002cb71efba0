import { Initial1763800000000 } from './1763800000000-initial';
import { IdentityAudit1763900000000 } from './1763900000000-identity-audit';
import { Catalog1764000000000 } from './1764000000000-catalog';
import { Cases1764100000000 } from './1764100000000-cases';
import { AreasDictionaries1764800000000 } from './1764800000000-areas-dictionaries';
import { CaseAreas1765100000000 } from './1765100000000-case-areas';
import { TaskNames1765500000000 } from './1765500000000-task-names';
import { ConnectorEffects1765600000000 } from './1765600000000-connector-effects';
import { DispatchesNotifications1765900000000 } from './1765900000000-dispatches-notifications';
import { OperatonKeys1766200400000 } from './1766200400000-operaton-keys';

/**
 * The schema steps that change several modules' tables at once (the first schema among them); a step
 * that changes one module's tables lives in that module's `migrations/`.
 */
export const crossModuleMigrations = [
  Initial1763800000000,
  IdentityAudit1763900000000,
  Catalog1764000000000,
  Cases1764100000000,
  AreasDictionaries1764800000000,
  CaseAreas1765100000000,
  TaskNames1765500000000,
  ConnectorEffects1765600000000,
  DispatchesNotifications1765900000000,
  OperatonKeys1766200400000,
];
