import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Input, Spin, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteArea } from '../../api/areas';
import type { Area } from '../../api/registry-types';
import { usePermissions } from '../../auth/roles';
import { errorText } from '../../components/errorText';
import { ExportButton } from '../../components/ExportButton';
import { ImportButton } from '../../components/import/ImportButton';
import { useAreas, type AreaNode } from '../../hooks/useAreas';
import { AreaModal, type AreaEdit } from './AreaModal';
import { codesToDepth, filterAreaTree } from './areaTreeData';
import { AreaTreeTitle } from './AreaTreeTitle';

/** 区域: the tree city › district › street › community; admins add, rename and delete. */
export function AreasTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { admin } = usePermissions();
  const areas = useAreas();
  const [search, setSearch] = useState('');
  const [edit, setEdit] = useState<AreaEdit | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [expanded, setExpanded] = useState<React.Key[] | null>(null);

  const shown = useMemo(() => filterAreaTree(areas.tree, search), [areas.tree, search]);
  const toData = (nodes: AreaNode[]): DataNode[] => nodes.map((n) => ({ key: n.code, title: n.name, children: toData(n.children), isLeaf: n.children.length === 0 }));
  // Districts open by default; while searching, everything that matched is open.
  const expandedKeys = search.trim() ? codesToDepth(shown, 3) : (expanded ?? codesToDepth(areas.tree, 1));

  const remove = async (area: Area) => {
    setError(null);
    try {
      await deleteArea(area.code);
      message.success(t('common.deleted'));
      await areas.reload();
    } catch (err) {
      // "Still in use" (409) names what uses it: keep it on screen, not in a passing toast.
      setError(err);
    }
  };
  const saved = () => {
    // Open the parent, so the area just added is in sight.
    if (edit?.mode === 'create' && edit.parent) {
      const parent = edit.parent.code;
      setExpanded((prev) => [...(prev ?? codesToDepth(areas.tree, 1)), parent]);
    }
    setEdit(null);
    message.success(t('common.saved'));
    void areas.reload();
  };

  return (
    <>
      <Flex gap={8} wrap="wrap" justify="space-between" style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('admin.areas.search')} style={{ width: 280 }} onChange={(e) => setSearch(e.target.value)} />
        <Flex gap={8}>
          <ExportButton kind="areas" filters={{}} />
          <ImportButton kind="areas" onFinished={() => void areas.reload()} />
          {admin && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEdit({ mode: 'create', parent: null })}>
              {t('admin.areas.addCity')}
            </Button>
          )}
        </Flex>
      </Flex>
      {!!error && <Alert type="error" showIcon closable onClose={() => setError(null)} message={errorText(error, t)} style={{ marginBottom: 16 }} data-testid="area-error" />}
      {!!areas.error && <Alert type="error" showIcon message={errorText(areas.error, t)} />}
      {areas.loading && areas.list.length === 0 ? (
        <Spin />
      ) : shown.length === 0 ? (
        <Empty description={t('admin.areas.empty')} />
      ) : (
        <Tree
          blockNode
          selectable={false}
          treeData={toData(shown)}
          expandedKeys={expandedKeys}
          onExpand={(keys) => setExpanded(keys)}
          titleRender={(node) => {
            const area = areas.byCode.get(String(node.key));
            if (!area) return null;
            return (
              <AreaTreeTitle
                area={area}
                editable={admin}
                onAddChild={(parent) => setEdit({ mode: 'create', parent })}
                onRename={(a) => setEdit({ mode: 'rename', area: a })}
                onDelete={(a) => void remove(a)}
              />
            );
          }}
        />
      )}
      {edit && <AreaModal edit={edit} onClose={() => setEdit(null)} onSaved={saved} />}
    </>
  );
}
