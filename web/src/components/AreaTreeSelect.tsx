import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { useAreas, type AreaNode } from '../hooks/useAreas';

interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}

const toOptions = (nodes: AreaNode[]): TreeOption[] => nodes.map((n) => ({ value: n.code, title: n.name, children: toOptions(n.children) }));

/** Picks one area (or several with `multiple`) from the area tree, searchable by name. */
export function AreaTreeSelect(props: Omit<TreeSelectProps<string | string[]>, 'treeData'>) {
  const { tree, loading } = useAreas();
  const treeData = useMemo(() => toOptions(tree), [tree]);
  return <TreeSelect showSearch treeNodeFilterProp="title" allowClear loading={loading} treeData={treeData} popupMatchSelectWidth={false} {...props} />;
}
