import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toSchema } from '../../../form-renderer/designer/toSchema';
import { dropStaleRules, renameRuleTargets } from '../../../form-renderer/designer/targets';
import { accepts, childrenOf, findNode, insertNode, newField, newLayout, removeNode, ROOT, updateNode } from '../../../form-renderer/designer/tree';
import { FIELD_KINDS, DOMAIN_KINDS, isLayout, type DesignModel, type DesignNode, type FieldKind, type LayoutKind } from '../../../form-renderer/designer/types';

const FIELD_SET: readonly string[] = [...FIELD_KINDS, ...DOMAIN_KINDS];

/** The designer's editing state: the model, the selected node and the edits the panels make. */
export function useDesigner(initial: DesignModel) {
  const { t } = useTranslation();
  const [model, setModel] = useState(initial);
  const [selected, setSelected] = useState<string>();
  const [dirty, setDirty] = useState(false);
  const change = useCallback((next: DesignModel | ((m: DesignModel) => DesignModel)) => {
    setModel(next);
    setDirty(true);
  }, []);

  const create = useCallback(
    (kind: string): DesignNode => {
      const title = t(`forms.designer.kinds.${kind}` as 'forms.designer.kinds.input');
      return FIELD_SET.includes(kind) ? newField(model, kind as FieldKind, title) : newLayout(model, kind as LayoutKind, title, t('forms.designer.kinds.tab'));
    },
    [model, t],
  );

  /** A click on the palette: into the selected container if it takes the node, else at the end of the form. */
  const add = (kind: string) => {
    const node = create(kind);
    const current = selected ? findNode(model.children, selected) : undefined;
    const parent = current && isLayout(current) && accepts(model, current.id, node) ? current.id : ROOT;
    change(insertNode(model, parent, childrenOf(model, parent)?.length ?? 0, node));
    setSelected(node.id);
  };
  const addTab = (tabsId: string) => {
    const pane = newLayout(model, 'tab', t('forms.designer.kinds.tab'));
    change(insertNode(model, tabsId, childrenOf(model, tabsId)?.length ?? 0, { ...pane, title: t('forms.designer.kinds.tab') }));
  };
  const remove = (id: string) => {
    change(dropStaleRules(removeNode(model, id)));
    if (selected === id) setSelected(undefined);
  };
  const update = (node: DesignNode) =>
    change((m) => {
      const before = findNode(m.children, node.id);
      const next = updateNode(m, node.id, node);
      return before && !isLayout(before) && before.name !== node.name ? renameRuleTargets(next, node.id, before.name, node.name) : next;
    });
  const load = (next: DesignModel, saved: boolean) => {
    setModel(next);
    setSelected(undefined);
    setDirty(!saved);
  };
  const schema = useMemo(() => toSchema(model), [model]);
  return { model, schema, selected, setSelected, dirty, setDirty, change, create, add, addTab, remove, update, load };
}
