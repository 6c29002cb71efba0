import { HolderOutlined, DeleteOutlined } from '@ant-design/icons';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLayout, type DesignNode } from '../../../form-renderer/designer/types';
import { DROP } from './dnd';

interface ListProps {
  parent: string;
  nodes: DesignNode[];
  selected?: string;
  onSelect: (id: string) => void;
  onRemove: (id: string) => void;
}

/** A container's children as a sortable list, with a drop zone at its end (also for an empty container). */
export function NodeList({ parent, nodes, ...rest }: ListProps) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: `${DROP}${parent}` });
  return (
    <SortableContext items={nodes.map((n) => n.id)} strategy={verticalListSortingStrategy}>
      {nodes.map((n) => <CanvasNode key={n.id} node={n} {...rest} />)}
      <div ref={setNodeRef} className="designer-drop" data-over={isOver || undefined} style={{ minHeight: 28, border: '1px dashed #d9d9d9', borderRadius: 4, padding: 4, background: isOver ? '#e6f4ff' : undefined }}>
        {nodes.length === 0 && <Typography.Text type="secondary">{t('forms.designer.emptyCanvas')}</Typography.Text>}
      </div>
    </SortableContext>
  );
}

function CanvasNode({ node, selected, onSelect, onRemove }: { node: DesignNode } & Omit<ListProps, 'parent' | 'nodes'>) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging, isOver } = useSortable({ id: node.id });
  const active = selected === node.id;
  const required = !isLayout(node) && (node.required || node.rules.some((r) => r.effect === 'require'));
  return (
    <div
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.5 : 1, border: `1px solid ${active ? '#1677ff' : '#f0f0f0'}`, borderRadius: 4, padding: 6, marginBottom: 6, background: '#fff', boxShadow: isOver && !isDragging ? 'inset 0 2px 0 #1677ff' : undefined }}
      data-testid={`canvas-node-${node.name}`}
      data-over={isOver || undefined}
      onClick={(e) => {
        e.stopPropagation();
        onSelect(node.id);
      }}
    >
      <Space>
        <HolderOutlined {...attributes} {...listeners} style={{ cursor: 'grab' }} />
        <Tag>{t(`forms.designer.kinds.${node.kind}` as 'forms.designer.kinds.input')}</Tag>
        <Typography.Text strong>{node.title || node.name}</Typography.Text>
        <Typography.Text type="secondary" translate="no">
          {node.name}
        </Typography.Text>
        {required && <Typography.Text type="danger">*</Typography.Text>}
        <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('forms.designer.removeField')} onClick={(e) => { e.stopPropagation(); onRemove(node.id); }} />
      </Space>
      {isLayout(node) && (
        <div style={{ marginLeft: 16, marginTop: 6 }}>
          <NodeList parent={node.id} nodes={node.children} selected={selected} onSelect={onSelect} onRemove={onRemove} />
        </div>
      )}
    </div>
  );
}
