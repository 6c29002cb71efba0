import { useTranslation } from 'react-i18next';
import { ROLE_ORDER } from '../../api/users';

/** The roles an admin may give: `connector` belongs to the engine's own service account only. */
export function useRoleOptions() {
  const { t } = useTranslation();
  return ROLE_ORDER.filter((r) => r !== 'connector').map((r) => ({ value: r, label: t(`admin.users.roleNames.${r}`) }));
}

/** A role's name in the UI language; an unknown role shows as it is. */
export function useRoleName() {
  const { t, i18n } = useTranslation();
  return (role: string) => (i18n.exists(`admin.users.roleNames.${role}`) ? String(t(`admin.users.roleNames.${role}` as 'admin.users.roleNames.admin')) : role);
}
