import { maskPhone } from '@careflow/contracts';
import { PublicUser } from '../identity/entities';
import { Call } from './entities';

export type CallView = Omit<Call, 'areaPath' | 'createdBy'>;

/** Agents, supervisors and admins place and take calls: they see whole numbers, others masked. */
export const seesPhones = (user: PublicUser) => user.roles.some((r) => r === 'admin' || r === 'supervisor' || r === 'agent');

export function callView(call: Call, full: boolean): CallView {
  const { areaPath: _path, createdBy: _by, ...view } = call;
  return full ? view : { ...view, to: maskPhone(call.to) };
}
