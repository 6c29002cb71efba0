import { useEffect, useState } from 'react';
import { getVersion } from '../../api/service-types';

// A version's BPMN never changes once saved, so it is fetched once per page load.
const cache = new Map<string, Promise<string>>();

export function versionXml(key: string, version: number): Promise<string> {
  const id = `${key}@${version}`;
  let found = cache.get(id);
  if (!found) {
    found = getVersion(key, version).then((v) => v.bpmnXml);
    found.catch(() => cache.delete(id));
    cache.set(id, found);
  }
  return found;
}

/** The BPMN of some versions of a type: version → XML, filled in as they arrive. */
export function useVersionXmls(key: string, versions: number[]): { xmls: Record<number, string>; error?: string } {
  const [xmls, setXmls] = useState<Record<number, string>>({});
  const [error, setError] = useState<string>();
  const wanted = versions.join(',');
  useEffect(() => {
    let alive = true;
    const list = wanted ? wanted.split(',').map(Number) : [];
    Promise.all(list.map(async (v) => [v, await versionXml(key, v)] as const)).then(
      (pairs) => alive && setXmls(Object.fromEntries(pairs)),
      (err: unknown) => alive && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      alive = false;
    };
  }, [key, wanted]);
  return { xmls, error };
}
