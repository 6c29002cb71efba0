import { useCallback, useEffect, useState } from 'react';
import { listGroups, listUsers, type ManagedUser, type UserGroup } from '../../api/users';

/** All users and groups (an admin's lists are small: one request each, no paging). */
export function useUsersAndGroups() {
  const [users, setUsers] = useState<ManagedUser[]>([]);
  const [groups, setGroups] = useState<UserGroup[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      const [u, g] = await Promise.all([listUsers(), listGroups()]);
      setUsers(u);
      setGroups(g);
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { users, groups, loading, error, reload };
}
