import { useMemo } from 'react';
import { listAreas } from '../api/areas';
import type { Area } from '../api/registry-types';
import { sharedResource } from './sharedResource';

const areas = sharedResource(listAreas);
export const reloadAreas = areas.reload;

export interface AreaNode extends Area {
  children: AreaNode[];
}

/** The flat list as a tree; children ordered by their sort number, then code. */
export function buildAreaTree(list: Area[]): AreaNode[] {
  const nodes = new Map(list.map((a) => [a.code, { ...a, children: [] as AreaNode[] }]));
  const roots: AreaNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentCode ? nodes.get(node.parentCode) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const order = (a: AreaNode, b: AreaNode) => a.sort - b.sort || a.code.localeCompare(b.code);
  const sortAll = (level: AreaNode[]) => {
    level.sort(order);
    level.forEach((n) => sortAll(n.children));
  };
  sortAll(roots);
  return roots;
}

/** The area tree plus lookups by code (name, and the full path name as 历下区 / 山大社区). */
export function useAreas() {
  const { value, error, loading, reload } = areas.useResource();
  return useMemo(() => {
    const list = value ?? [];
    const byCode = new Map(list.map((a) => [a.code, a]));
    const fullName = (code: string) => {
      const names: string[] = [];
      for (let area = byCode.get(code); area; area = area.parentCode ? byCode.get(area.parentCode) : undefined) names.unshift(area.name);
      return names.length > 0 ? names.join(' / ') : code;
    };
    return { list, tree: buildAreaTree(list), byCode, name: (code: string) => byCode.get(code)?.name ?? code, fullName, error, loading, reload };
  }, [value, error, loading, reload]);
}
