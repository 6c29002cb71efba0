import { useDraggable } from '@dnd-kit/core';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOMAIN_KINDS, FIELD_KINDS, LAYOUT_KINDS } from '../../../form-renderer/designer/types';
import { PALETTE } from './dnd';

function PaletteItem({ kind, onAdd }: { kind: string; onAdd: (kind: string) => void }) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: `${PALETTE}${kind}` });
  return (
    <Button ref={setNodeRef} size="small" block style={{ opacity: isDragging ? 0.5 : 1, marginBottom: 4, textAlign: 'left' }} data-testid={`palette-${kind}`} onClick={() => onAdd(kind)} {...attributes} {...listeners}>
      {t(`forms.designer.kinds.${kind}` as 'forms.designer.kinds.input')}
    </Button>
  );
}

/** The components to add: drag one onto the canvas, or click to add it to the selected container. */
export function Palette({ onAdd }: { onAdd: (kind: string) => void }) {
  const { t } = useTranslation();
  const group = (title: string, kinds: readonly string[]) => (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text type="secondary">{title}</Typography.Text>
      {kinds.map((k) => <PaletteItem key={k} kind={k} onAdd={onAdd} />)}
    </div>
  );
  return (
    <div data-testid="designer-palette">
      {group(t('forms.designer.fields'), FIELD_KINDS)}
      {group(t('forms.designer.domain'), DOMAIN_KINDS)}
      {group(t('forms.designer.layouts'), LAYOUT_KINDS)}
    </div>
  );
}
