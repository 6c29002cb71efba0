import { maskPhone } from '@careflow/contracts';
import { PublicUser } from '../identity/entities';
import { belongsTo, managesAll } from './access';
import { ProviderState } from './provider-state';
import { StaffState } from './staff-state';

/** Who sees phone numbers in full: managers and the provider's own users. Agents, analysts and auditors see them masked. */
export const seesPhones = (user: PublicUser, providerId: string) => managesAll(user) || belongsTo(user, providerId);

export const providerView = (p: ProviderState, user: PublicUser): ProviderState => (seesPhones(user, p.id) ? p : { ...p, contactPhone: maskPhone(p.contactPhone) });

export const staffView = (s: StaffState, user: PublicUser): StaffState => (seesPhones(user, s.providerId) ? s : { ...s, phone: maskPhone(s.phone) });
