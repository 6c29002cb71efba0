/**
 * The properties panel's header names an element by its type in Title Case ("User Task", "Message
 * Boundary Event (Non Interrupting)"); bpmn-js-i18n has most of them in sentence case ("User task").
 * These are the ones it lacks or gets wrong, and the panel's lint button.
 */
export const ELEMENT_TYPES_ZH_CN: Record<string, string> = {
  Process: '流程', 'Compensate Start Event': '补偿启动事件', 'Compensate End Event': '补偿结束事件', 'Terminate End Event': '终止结束事件',
  'Intermediate Catch Event': '中间捕获事件', 'Compensate Intermediate Throw Event': '中间补偿抛出事件', 'Boundary Event': '边界事件',
  'Compensate Boundary Event': '补偿边界事件', 'Event Based Gateway': '事件网关', 'Message Flow': '消息流', Association: '关联',
  'Data Input Association': '数据输入关联', 'Data Output Association': '数据输出关联', 'Collapsed Sub Process': '子流程（折叠）',
  'Expanded Sub Process': '子流程（展开）', 'Event Sub Process': '事件子流程', Participant: '参与者', Lane: '泳道', 'Text Annotation': '文本注释', Group: '分组',
  'No Issues': '没有问题', '{errors} Errors, {warnings} Warnings': '{errors} 个错误，{warnings} 个警告', 'Change element': '更改元素类型',
};

const NON_INTERRUPTING = ' (Non Interrupting)';

/** "Timer Boundary Event (Non Interrupting)" through a dictionary keyed "Timer boundary event", with （非中断）. */
export function translateTypeLabel(template: string, dictionary: Record<string, string>): string | undefined {
  const interrupting = !template.endsWith(NON_INTERRUPTING);
  const type = interrupting ? template : template.slice(0, -NON_INTERRUPTING.length);
  if (!/^[A-Z][a-z]+( [A-Z][a-z]+)+$/.test(type)) return undefined;
  const found = dictionary[type] ?? dictionary[type.charAt(0) + type.slice(1).toLowerCase()];
  return found && (interrupting ? found : `${found}（非中断）`);
}
