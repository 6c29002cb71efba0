import { DndContext, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { Alert, App, Button, Card, Col, Input, Row, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fieldProblems, type FieldProblem } from '../../api/fieldErrors';
import { getFormVersion, saveFormVersion, type FormSchema, type FormWithVersions } from '../../api/forms';
import { usePermissions } from '../../auth/roles';
import { errorText } from '../../components/errorText';
import { ROOT } from '../../form-renderer/designer/tree';
import { checkSchema } from '../../form-renderer/shared';
import type { DesignModel } from '../../form-renderer/designer/types';
import { NodeList } from './designer/CanvasNode';
import { DesignerSide } from './designer/DesignerSide';
import { dropStaleRules } from '../../form-renderer/designer/targets';
import { applyDrop, innermostUnderPointer } from './designer/dnd';
import { Palette } from './designer/Palette';
import { useDesigner } from './designer/useDesigner';

interface Props {
  loaded: FormWithVersions;
  initial: DesignModel;
  onSaved: () => Promise<void>;
}

/** The visual designer: palette, drag-and-drop canvas, properties / preview / JSON / versions. */
export function FormDesigner({ loaded, initial, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const designer = useDesigner(initial);
  const [title, setTitle] = useState(loaded.form.title);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  // A few pixels of movement before a drag starts, so a click still selects or adds.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));

  const save = async (schema: FormSchema) => {
    setSaving(true);
    setProblems([]);
    setFailure(undefined);
    try {
      const saved = await saveFormVersion(loaded.form.key, { title, schema });
      void message.success(t('forms.designer.savedVersion', { version: saved.version }));
      await onSaved();
    } catch (err) {
      setProblems(fieldProblems(err));
      setFailure(errorText(err, t));
    } finally {
      setSaving(false);
    }
  };
  const restore = async (version: number) => save((await getFormVersion(loaded.form.key, version)).schema);
  const onDragEnd = (event: DragEndEvent) => designer.change((m) => dropStaleRules(applyDrop(m, event, designer.create)));
  // The server's gate, run as the user designs: duplicate or bad names show before a save is tried.
  const gate = useMemo(() => checkSchema(designer.schema), [designer.schema]);
  // Supervisors and agents read forms; only analysts and admins save them.
  const { editForms } = usePermissions();

  return (
    <Card
      title={
        <Space>
          <Link to="/studio/forms">{t('forms.list.title')}</Link>
          <span>/</span>
          <Input value={title} onChange={(e) => { setTitle(e.target.value); designer.setDirty(true); }} style={{ width: 240 }} data-testid="designer-title" />
          <Tag translate="no">{loaded.form.key}</Tag>
          <Tag color="blue" data-testid="designer-version">v{loaded.latest.version}</Tag>
          {designer.dirty && <Tag color="orange">{t('forms.designer.unsaved')}</Tag>}
        </Space>
      }
      extra={editForms && <Button type="primary" loading={saving} onClick={() => void save(designer.schema)} data-testid="designer-save">{t('forms.designer.save')}</Button>}
    >
      {failure && (
        <Alert type="error" showIcon message={failure} description={problems.map((p) => `${p.path}: ${p.message}`).join('\n') || undefined} style={{ marginBottom: 12, whiteSpace: 'pre-line' }} data-testid="designer-problems" />
      )}
      {gate.length > 0 && (
        <Alert type="warning" showIcon message={t('forms.designer.problems')} description={gate.map((p) => `${p.path}: ${p.message}`).join('\n')} style={{ marginBottom: 12, whiteSpace: 'pre-line' }} data-testid="designer-check" />
      )}
      <DndContext sensors={sensors} collisionDetection={innermostUnderPointer} onDragEnd={onDragEnd}>
        <Row gutter={16}>
          <Col span={4}>
            <Palette onAdd={designer.add} />
          </Col>
          <Col span={10} data-testid="designer-canvas" onClick={() => designer.setSelected(undefined)}>
            <NodeList parent={ROOT} nodes={designer.model.children} selected={designer.selected} onSelect={designer.setSelected} onRemove={designer.remove} />
          </Col>
          <Col span={10}>
            <DesignerSide designer={designer} loaded={loaded} onRestore={restore} />
          </Col>
        </Row>
      </DndContext>
    </Card>
  );
}
