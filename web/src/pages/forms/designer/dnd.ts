import { pointerWithin, rectIntersection, type CollisionDetection, type DragEndEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { findNode, parentOf, childrenOf, insertNode, moveNode, accepts } from '../../../form-renderer/designer/tree';
import type { DesignModel, DesignNode } from '../../../form-renderer/designer/types';

/** Draggable ids: palette items are `palette:<kind>`, canvas nodes their own id, container ends `drop:<id>`. */
export const PALETTE = 'palette:';
export const DROP = 'drop:';

/** Where a drop lands: before the node it is over, or at the end of the container zone. */
function target(model: DesignModel, overId: string): { parent: string; index: number } | undefined {
  if (overId.startsWith(DROP)) {
    const parent = overId.slice(DROP.length);
    return { parent, index: childrenOf(model, parent)?.length ?? 0 };
  }
  const parent = parentOf(model, overId);
  const siblings = parent ? childrenOf(model, parent) : undefined;
  return parent && siblings ? { parent, index: siblings.findIndex((n) => n.id === overId) } : undefined;
}

/** The model after a drag: a palette item inserted, or a node moved (within or across containers). */
export function applyDrop(model: DesignModel, event: DragEndEvent, create: (kind: string) => DesignNode): DesignModel {
  const activeId = String(event.active.id);
  const overId = event.over ? String(event.over.id) : undefined;
  if (!overId || overId === activeId) return model;
  const where = target(model, overId);
  if (!where) return model;
  if (activeId.startsWith(PALETTE)) {
    const node = create(activeId.slice(PALETTE.length));
    return accepts(model, where.parent, node) ? insertNode(model, where.parent, where.index, node) : model;
  }
  return findNode(model.children, activeId) ? moveNode(model, activeId, where.parent, where.index) : model;
}

/**
 * Drops go where the pointer is: among the drop targets under it, the smallest, which is the innermost
 * (a container's own zone rather than the container around it). Overlap decides only when the
 * pointer is over none, so a large node dragged into a nested container lands there.
 */
export const innermostUnderPointer: CollisionDetection = (args) => {
  const area = (id: UniqueIdentifier) => {
    const rect = args.droppableRects.get(id);
    return rect ? rect.width * rect.height : Infinity;
  };
  const under = pointerWithin(args);
  return under.length > 0 ? [...under].sort((a, b) => area(a.id) - area(b.id)) : rectIntersection(args);
};
