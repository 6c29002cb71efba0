import { isCheckboxEntryEdited, isSelectEntryEdited, isTextFieldEntryEdited, Group } from '@bpmn-io/properties-panel';
import type { CareflowModelerData, DiagramElement } from '../types';
import { DueModeEntry, DueValueEntry, FormEntry, GroupEntry, PriorityEntry } from './entries';
import { readDue } from './due-date';
import { findExtension } from './extensions';

// Zeebe's own raw-text groups for these settings; CareFlow's pickers replace them on user tasks.
const REPLACED = new Set(['form', 'assignmentDefinition', 'userTaskImplementation']);
type PanelGroup = { id: string };

/** Properties provider: the 办理设置 group on user tasks (form, candidate groups, due date, priority). */
class CareflowUserTaskProvider {
  static $inject = ['propertiesPanel', 'translate', 'config.careflow'];

  constructor(propertiesPanel: { registerProvider(priority: number, p: unknown): void }, private translate: (s: string) => string, private data: CareflowModelerData) {
    // Below Zeebe's provider (500) so its groups exist when this one runs.
    propertiesPanel.registerProvider(400, this);
  }

  getGroups(element: DiagramElement) {
    return (groups: PanelGroup[]) => {
      if (element.type !== 'bpmn:UserTask') return groups;
      const kept = groups.filter((g) => !REPLACED.has(g.id));
      const at = Math.min(1, kept.length);
      return [...kept.slice(0, at), this.group(element), ...kept.slice(at)];
    };
  }

  private group(element: DiagramElement) {
    const entries: Record<string, unknown>[] = [
      { id: 'careflow-form', element, component: FormEntry, isEdited: isSelectEntryEdited },
      ...this.data.groups.map((group) => ({ id: `careflow-group-${group.key}`, element, group, component: GroupEntry, isEdited: isCheckboxEntryEdited })),
      { id: 'careflow-due-mode', element, component: DueModeEntry, isEdited: isSelectEntryEdited },
    ];
    if (readDue(findExtension(element, 'zeebe:TaskSchedule')?.get('dueDate') as string | undefined).mode !== 'none') {
      entries.push({ id: 'careflow-due-value', element, component: DueValueEntry, isEdited: isTextFieldEntryEdited });
    }
    entries.push({ id: 'careflow-priority', element, component: PriorityEntry, isEdited: isSelectEntryEdited });
    return { id: 'careflowUserTask', label: this.translate('Handling'), entries, component: Group };
  }
}

export const CareflowUserTaskModule = {
  __init__: ['careflowUserTaskProvider'],
  careflowUserTaskProvider: ['type', CareflowUserTaskProvider],
  // camunda-bpmn-js-behaviors adds zeebe:userTask to new user tasks; CareFlow runs them as jobs
  // (its inbox is fed by io.camunda.zeebe:userTask jobs), so that behaviour is replaced by nothing.
  createZeebeUserTaskBehavior: ['value', {}],
};
