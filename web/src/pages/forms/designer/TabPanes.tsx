import { DeleteOutlined } from '@ant-design/icons';
import { Button, Form, Input, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLayout, type LayoutNode } from '../../../form-renderer/designer/types';

interface Props {
  tabs: LayoutNode;
  onChange: (next: LayoutNode) => void;
  onAdd: () => void;
}

/** The panes of a tabs container: rename, remove (with its fields, after asking) and add. The last pane stays. */
export function TabPanes({ tabs, onChange, onAdd }: Props) {
  const { t } = useTranslation();
  const p = (key: string) => t(`forms.designer.props.${key}` as 'forms.designer.props.title');
  const panes = tabs.children;
  const rename = (id: string, title: string) => onChange({ ...tabs, children: panes.map((c) => (c.id === id ? { ...c, title } : c)) });
  const remove = (id: string) => onChange({ ...tabs, children: panes.filter((c) => c.id !== id) });
  return (
    <Form.Item label={p('panes')}>
      {panes.map((pane, i) => {
        // Removing a pane removes its fields too: ask first when there are any.
        const ask = isLayout(pane) && pane.children.length > 0;
        const button = <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={panes.length === 1} aria-label={p('removePane')} data-testid={`pane-remove-${i}`} onClick={ask ? undefined : () => remove(pane.id)} />;
        return (
          <Space key={pane.id} size={4} style={{ display: 'flex', marginBottom: 4 }}>
            <Input size="small" value={pane.title} onChange={(e) => rename(pane.id, e.target.value)} data-testid={`pane-title-${i}`} />
            {ask && panes.length > 1 ? <Popconfirm title={p('removePaneConfirm')} onConfirm={() => remove(pane.id)}>{button}</Popconfirm> : button}
          </Space>
        );
      })}
      <Button size="small" onClick={onAdd} data-testid="pane-add">{p('addPane')}</Button>
    </Form.Item>
  );
}
