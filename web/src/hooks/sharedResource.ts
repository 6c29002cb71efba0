import { useEffect, useSyncExternalStore } from 'react';

export interface ResourceState<T> {
  value: T | undefined;
  error: unknown;
  loading: boolean;
}

/**
 * Data many pages read and few change (areas, dictionaries, service items): loaded once, shared
 * by every component, reloaded after an edit.
 */
export function sharedResource<T>(load: () => Promise<T>) {
  let state: ResourceState<T> = { value: undefined, error: undefined, loading: false };
  let pending: Promise<T> | null = null;
  const listeners = new Set<() => void>();
  const set = (next: Partial<ResourceState<T>>) => {
    state = { ...state, ...next };
    listeners.forEach((listener) => listener());
  };

  function reload(): Promise<T> {
    const request = load();
    pending = request;
    set({ loading: true });
    request.then(
      (value) => pending === request && set({ value, error: undefined, loading: false }),
      (error: unknown) => {
        if (pending !== request) return;
        // Forget the failed request, so the next page that needs the data tries again.
        pending = null;
        set({ error, loading: false });
      },
    );
    return request;
  }

  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

  function useResource(): ResourceState<T> & { reload: () => Promise<T> } {
    const snapshot = useSyncExternalStore(subscribe, () => state);
    useEffect(() => {
      if (!pending) void reload().catch(() => undefined);
    }, []);
    return { ...snapshot, reload };
  }

  return { useResource, reload };
}
