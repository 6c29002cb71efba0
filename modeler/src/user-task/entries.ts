import { CheckboxEntry, SelectEntry, TextFieldEntry } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import type { CareflowModelerData, DiagramElement, ModdleElement } from '../types';
import { readDue, writeDue, type DueMode } from './due-date';
import { EditServices, findExtension, removeExtension, setExtension } from './extensions';
import { readPriority, writePriority } from './priority';

type EntryProps = { element: DiagramElement; id: string };
type Translate = (s: string) => string;

function useEdit(): EditServices & { translate: Translate; data: CareflowModelerData; debounce: unknown } {
  return {
    bpmnFactory: useService('bpmnFactory'),
    modeling: useService('modeling'),
    translate: useService('translate'),
    data: useService('config.careflow'),
    debounce: useService('debounceInput'),
  };
}

const attr = (el: ModdleElement | undefined, name: string) => (el?.get(name) as string | undefined) ?? '';

/** 表单: one of the forms library's forms, written as zeebe:formDefinition formKey. */
export function FormEntry({ element, id }: EntryProps) {
  const s = useEdit();
  return h(SelectEntry, {
    id, element, label: s.translate('Form'),
    getValue: () => attr(findExtension(element, 'zeebe:FormDefinition'), 'formKey'),
    setValue: (formKey: string) => {
      // A Zeebe user task would turn formKey into a linked Camunda form: CareFlow's tasks are jobs.
      removeExtension(s, element, 'zeebe:UserTask');
      if (formKey) setExtension(s, element, 'zeebe:FormDefinition', { formKey, externalReference: undefined, formId: undefined });
      else removeExtension(s, element, 'zeebe:FormDefinition');
    },
    getOptions: () => [{ value: '', label: s.translate('<none>') }, ...s.data.forms.map((f) => ({ value: f.key, label: `${f.title} (${f.key})` }))],
  });
}

/** 候选组: a checkbox per group; the ticked keys become candidateGroups (a comma list). */
export function GroupEntry({ element, id, group }: EntryProps & { group: { key: string; name: string } }) {
  const s = useEdit();
  const current = () => attr(findExtension(element, 'zeebe:AssignmentDefinition'), 'candidateGroups').split(',').map((g) => g.trim()).filter(Boolean);
  return h(CheckboxEntry, {
    id, element, label: group.name,
    getValue: () => current().includes(group.key),
    setValue: (on: boolean) => {
      const next = on ? [...new Set([...current(), group.key])] : current().filter((g) => g !== group.key);
      setExtension(s, element, 'zeebe:AssignmentDefinition', { candidateGroups: next.length ? next.join(',') : undefined });
    },
  });
}

const dueStored = (element: DiagramElement) => attr(findExtension(element, 'zeebe:TaskSchedule'), 'dueDate') || undefined;
function setDue(s: EditServices, element: DiagramElement, stored: string | undefined) {
  if (stored) setExtension(s, element, 'zeebe:TaskSchedule', { dueDate: stored });
  else removeExtension(s, element, 'zeebe:TaskSchedule');
}

/** 截止时间 mode: none, a fixed time, a duration from activation, or a process variable. */
export function DueModeEntry({ element, id }: EntryProps) {
  const s = useEdit();
  const modes: DueMode[] = ['none', 'fixed', 'relative', 'variable'];
  return h(SelectEntry, {
    id, element, label: s.translate('Due date'),
    getValue: () => readDue(dueStored(element)).mode,
    setValue: (mode: DueMode) => setDue(s, element, writeDue(mode, '')),
    getOptions: () => modes.map((m) => ({ value: m, label: s.translate(`due.${m}`) })),
  });
}

/** The due date's value in its mode (ISO time, ISO duration, or variable name). */
export function DueValueEntry({ element, id }: EntryProps) {
  const s = useEdit();
  const { mode } = readDue(dueStored(element));
  return h(TextFieldEntry, {
    id, element, debounce: s.debounce, label: s.translate(`due.${mode}.value`),
    getValue: () => readDue(dueStored(element)).value,
    setValue: (value: string) => setDue(s, element, writeDue(readDue(dueStored(element)).mode, value ?? '')),
  });
}

/** 优先级: the task's own priority, or the case's (no mapping). */
export function PriorityEntry({ element, id }: EntryProps) {
  const s = useEdit();
  return h(SelectEntry, {
    id, element, label: s.translate('Priority'),
    getValue: () => readPriority(element),
    setValue: (p: string) => writePriority(s, element, p),
    getOptions: () => ['', 'emergency', 'high', 'normal', 'low'].map((p) => ({ value: p, label: s.translate(`priority.${p || 'case'}`) })),
  });
}
