import { CheckboxEntry, SelectEntry, TextFieldEntry } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import type { CareflowModelerData, DiagramElement } from '../types';
import { readDue, writeDue, type DueMode } from './due-date';
import { readPriority, writePriority, type TaskPriorityLevel } from './priority';

type EntryProps = { element: DiagramElement; id: string };
type Translate = (s: string, replacements?: Record<string, string>) => string;
type Modeling = { updateProperties(element: DiagramElement, props: Record<string, unknown>): void };

/** The user task's own camunda: attributes: no extension elements in Camunda 7. */
export type DateAttribute = 'camunda:dueDate' | 'camunda:followUpDate';

function useEdit() {
  const modeling: Modeling = useService('modeling');
  return {
    translate: useService('translate') as Translate,
    data: useService('config.careflow') as CareflowModelerData,
    debounce: useService('debounceInput') as unknown,
    /** '' or undefined removes the attribute, so nothing empty is written. */
    set: (element: DiagramElement, name: string, value: string | undefined) => modeling.updateProperties(element, { [name]: value || undefined }),
  };
}

export const attr = (element: DiagramElement, name: string) => (element.businessObject.get(name) as string | undefined) ?? '';
const list = (element: DiagramElement, name: string) => attr(element, name).split(',').map((v) => v.trim()).filter(Boolean);

/** 表单: one of the forms library's forms, written as camunda:formKey. A key not in the library is shown, not dropped. */
export function FormEntry({ element, id }: EntryProps) {
  const s = useEdit();
  return h(SelectEntry, {
    id, element, label: s.translate('Form'),
    getValue: () => attr(element, 'camunda:formKey'),
    setValue: (formKey: string) => s.set(element, 'camunda:formKey', formKey),
    getOptions: () => {
      const current = attr(element, 'camunda:formKey');
      const options = [{ value: '', label: s.translate('<none>') }, ...s.data.forms.map((f) => ({ value: f.key, label: `${f.title} (${f.key})` }))];
      if (current && !s.data.forms.some((f) => f.key === current)) options.push({ value: current, label: s.translate('Not in the forms library: {key}', { key: current }) });
      return options;
    },
  });
}

/** 候选组: a checkbox per group; the ticked keys become camunda:candidateGroups (a comma list). Unknown keys stay. */
export function GroupEntry({ element, id, group }: EntryProps & { group: { key: string; name: string } }) {
  const s = useEdit();
  return h(CheckboxEntry, {
    id, element, label: group.name,
    getValue: () => list(element, 'camunda:candidateGroups').includes(group.key),
    setValue: (on: boolean) => {
      const current = list(element, 'camunda:candidateGroups');
      const next = on ? [...new Set([...current, group.key])] : current.filter((g) => g !== group.key);
      s.set(element, 'camunda:candidateGroups', next.join(','));
    },
  });
}

/** A plain text attribute: candidate users (a comma list of user names) or the assignee. */
export function TextAttributeEntry({ element, id, name, label }: EntryProps & { name: string; label: string }) {
  const s = useEdit();
  return h(TextFieldEntry, {
    id, element, debounce: s.debounce, label: s.translate(label),
    getValue: () => attr(element, name),
    setValue: (value: string | undefined) => s.set(element, name, value?.trim()),
  });
}

/** 截止时间 / 跟进时间 mode: none, a fixed time, a duration from creation, or a process variable. */
export function DateModeEntry({ element, id, name, label }: EntryProps & { name: DateAttribute; label: string }) {
  const s = useEdit();
  const modes: DueMode[] = ['none', 'fixed', 'relative', 'variable'];
  return h(SelectEntry, {
    id, element, label: s.translate(label),
    getValue: () => readDue(attr(element, name)).mode,
    setValue: (mode: DueMode) => s.set(element, name, writeDue(mode, '')),
    getOptions: () => modes.map((m) => ({ value: m, label: s.translate(`due.${m}`) })),
  });
}

/** The date's value in its mode (ISO date-time, ISO duration, or variable name). */
export function DateValueEntry({ element, id, name }: EntryProps & { name: DateAttribute }) {
  const s = useEdit();
  const { mode } = readDue(attr(element, name));
  return h(TextFieldEntry, {
    id, element, debounce: s.debounce, label: s.translate(`due.${mode}.value`),
    getValue: () => readDue(attr(element, name)).value,
    setValue: (value: string | undefined) => s.set(element, name, writeDue(readDue(attr(element, name)).mode, value ?? '')),
  });
}

/** 优先级: one of CareFlow's levels as camunda:priority, or the case's (no attribute); another tool's value is kept. */
export function PriorityEntry({ element, id }: EntryProps) {
  const s = useEdit();
  return h(SelectEntry, {
    id, element, label: s.translate('Priority'),
    getValue: () => {
      const { level, stored } = readPriority(attr(element, 'camunda:priority'));
      return level === 'custom' ? stored : level;
    },
    setValue: (level: string) => {
      const { level: current, stored } = readPriority(attr(element, 'camunda:priority'));
      if (current === 'custom' && level === stored) return;
      s.set(element, 'camunda:priority', writePriority(level as TaskPriorityLevel | ''));
    },
    getOptions: () => {
      const options = ['', 'emergency', 'high', 'normal', 'low'].map((p) => ({ value: p, label: s.translate(`priority.${p || 'case'}`) }));
      const { level, stored } = readPriority(attr(element, 'camunda:priority'));
      if (level === 'custom') options.push({ value: stored, label: s.translate('Custom: {value}', { value: stored }) });
      return options;
    },
  });
}
