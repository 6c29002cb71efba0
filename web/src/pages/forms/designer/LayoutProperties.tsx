import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LayoutNode } from '../../../form-renderer/designer/types';
import { TabPanes } from './TabPanes';

interface Props {
  node: LayoutNode;
  onChange: (next: LayoutNode) => void;
  /** Tabs only: adds a pane. */
  onAddTab?: () => void;
}

/** Title (and columns for a grid, panes for tabs) of a layout container. */
export function LayoutProperties({ node, onChange, onAddTab }: Props) {
  const { t } = useTranslation();
  return (
    <Form key={node.id} name="layout" layout="vertical" size="small" initialValues={node} onValuesChange={(_, all: Partial<LayoutNode>) => onChange({ ...node, ...all })}>
      {node.kind !== 'tabs' && node.kind !== 'grid' && (
        <Form.Item name="title" label={t('forms.designer.props.title')}>
          <Input />
        </Form.Item>
      )}
      {node.kind === 'arrayTable' && (
        <Form.Item name="name" label={t('forms.designer.props.name')} rules={[{ pattern: /^[A-Za-z_][A-Za-z0-9_]{0,63}$/, message: t('forms.designer.props.nameHint') }]}>
          <Input />
        </Form.Item>
      )}
      {node.kind === 'grid' && (
        <Form.Item name="columns" label={t('forms.designer.props.columns')}>
          <InputNumber min={1} max={6} />
        </Form.Item>
      )}
      {node.kind === 'tabs' && onAddTab && <TabPanes tabs={node} onChange={onChange} onAdd={onAddTab} />}
    </Form>
  );
}
