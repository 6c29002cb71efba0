import { Empty, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormWithVersions } from '../../../api/forms';
import { ruleTargets } from '../../../form-renderer/designer/targets';
import { findNode } from '../../../form-renderer/designer/tree';
import { isLayout } from '../../../form-renderer/designer/types';
import { FieldProperties } from './FieldProperties';
import { JsonPane } from './JsonPane';
import { LayoutProperties } from './LayoutProperties';
import { PreviewPane } from './PreviewPane';
import type { useDesigner } from './useDesigner';
import { VersionsPane } from './VersionsPane';

interface Props {
  designer: ReturnType<typeof useDesigner>;
  loaded: FormWithVersions;
  onRestore: (version: number) => Promise<void>;
}

/** Right-hand side of the designer: properties of the selection, live preview, JSON, versions. */
export function DesignerSide({ designer, loaded, onRestore }: Props) {
  const { t } = useTranslation();
  const { model, schema, selected } = designer;
  const node = selected ? findNode(model.children, selected) : undefined;
  const schemaText = JSON.stringify(schema);
  const properties = !node ? (
    <Empty description={t('forms.designer.noSelection')} />
  ) : isLayout(node) ? (
    <LayoutProperties node={node} onChange={designer.update} onAddTab={() => designer.addTab(node.id)} />
  ) : (
    <FieldProperties field={node} targets={ruleTargets(model, node.id)} onChange={designer.update} />
  );
  return (
    <Tabs
      items={[
        { key: 'props', label: t('forms.designer.properties'), children: properties },
        { key: 'preview', label: t('forms.designer.preview'), children: <PreviewPane key={schemaText} schema={schema} /> },
        { key: 'json', label: t('forms.designer.json'), children: <JsonPane key={schemaText} schema={schema} onApply={(m) => designer.change(m)} /> },
        { key: 'versions', label: t('forms.designer.versions'), children: <VersionsPane key={loaded.latest.version} loaded={loaded} onRestore={onRestore} /> },
      ]}
    />
  );
}
