import type { AreaNode } from '../../hooks/useAreas';

/** The nodes whose name or code contains the text, with their ancestors so they stay reachable. */
export function filterAreaTree(nodes: AreaNode[], text: string): AreaNode[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return nodes;
  return nodes.flatMap((node) => {
    const children = filterAreaTree(node.children, needle);
    const hit = node.name.toLowerCase().includes(needle) || node.code.toLowerCase().includes(needle);
    return hit || children.length > 0 ? [{ ...node, children: hit ? node.children : children }] : [];
  });
}

/** Every code in the tree down to (and including) the given depth; 0 is the cities. */
export function codesToDepth(nodes: AreaNode[], depth: number): string[] {
  if (depth < 0) return [];
  return nodes.flatMap((n) => [n.code, ...codesToDepth(n.children, depth - 1)]);
}
