import { isCheckboxEntryEdited, isSelectEntryEdited, isTextFieldEntryEdited, Group } from '@bpmn-io/properties-panel';
import type { CareflowModelerData, DiagramElement } from '../types';
import { readDue } from './due-date';
import { attr, DateModeEntry, DateValueEntry, FormEntry, GroupEntry, PriorityEntry, TextAttributeEntry, type DateAttribute } from './entries';

// The Camunda 7 provider's raw-text groups for these attributes; CareFlow's pickers replace them on user tasks.
const REPLACED = new Set(['CamundaPlatform__UserAssignment', 'CamundaPlatform__Form']);
type PanelGroup = { id: string };

/**
 * Properties provider for Camunda 7 user tasks: the 办理设置 group (form from the library, candidate
 * groups and users, assignee, due and follow-up dates, priority), all plain camunda: attributes.
 */
class CareflowCamunda7UserTaskProvider {
  static $inject = ['propertiesPanel', 'translate', 'config.careflow'];

  constructor(propertiesPanel: { registerProvider(priority: number, p: unknown): void }, private translate: (s: string) => string, private data: CareflowModelerData) {
    // Below the Camunda 7 provider (500) so its groups exist when this one runs.
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
      { id: 'careflow-candidate-users', element, name: 'camunda:candidateUsers', label: 'Candidate users', component: TextAttributeEntry, isEdited: isTextFieldEntryEdited },
      { id: 'careflow-assignee', element, name: 'camunda:assignee', label: 'Assignee', component: TextAttributeEntry, isEdited: isTextFieldEntryEdited },
      ...this.dateEntries(element, 'careflow-due', 'camunda:dueDate', 'Due date'),
      ...this.dateEntries(element, 'careflow-follow-up', 'camunda:followUpDate', 'Follow-up date'),
      { id: 'careflow-priority', element, component: PriorityEntry, isEdited: isSelectEntryEdited },
    ];
    return { id: 'careflowUserTask', label: this.translate('Handling'), entries, component: Group };
  }

  private dateEntries(element: DiagramElement, id: string, name: DateAttribute, label: string) {
    const entries: Record<string, unknown>[] = [{ id: `${id}-mode`, element, name, label, component: DateModeEntry, isEdited: isSelectEntryEdited }];
    if (readDue(attr(element, name)).mode !== 'none') entries.push({ id: `${id}-value`, element, name, component: DateValueEntry, isEdited: isTextFieldEntryEdited });
    return entries;
  }
}

export const CareflowCamunda7UserTaskModule = {
  __init__: ['careflowCamunda7UserTaskProvider'],
  careflowCamunda7UserTaskProvider: ['type', CareflowCamunda7UserTaskProvider],
};
