import { ACCESS, allows } from '@careflow/contracts';
import { errors } from '../../http/errors';
import { PublicUser } from '../identity/entities';

const READ_ALL = ['admin', 'supervisor', 'agent', 'analyst', 'auditor'] as const;

/** Admins and supervisors manage every provider, its staff and its prices. */
export const managesAll = (user: PublicUser) => allows(user.roles, ACCESS.providers.manage);

/** The hotline's own roles read every provider. */
export const readsAll = (user: PublicUser) => allows(user.roles, READ_ALL);

/** A provider's own user (its admin or its staff). */
export const belongsTo = (user: PublicUser, providerId: string) =>
  user.providerId === providerId && (user.roles.includes('provider_admin') || user.roles.includes('provider_staff'));

/** The one provider a provider user is limited to; undefined when the user reads them all (null: a provider user without a provider sees none). */
export const ownProviderOnly = (user: PublicUser): string | null | undefined => (readsAll(user) ? undefined : user.providerId);

/** Another provider's records are "not found" for provider users, so their ids do not leak. */
export function requireReadable(user: PublicUser, providerId: string): void {
  if (!readsAll(user) && !belongsTo(user, providerId)) throw errors.notFound(`Provider ${providerId}`);
}

/** Managers, or the provider's own admin; other providers are "not found", other roles forbidden. */
export function requireStaffManager(user: PublicUser, providerId: string): void {
  if (managesAll(user)) return;
  if (user.roles.includes('provider_admin') && user.providerId === providerId) return;
  requireReadable(user, providerId);
  throw errors.forbidden();
}
