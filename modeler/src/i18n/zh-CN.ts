/**
 * zh-CN for the properties panel labels CareFlow shows and CareFlow's own additions; the palette and
 * context pad come from bpmn-js-i18n. English is the key itself.
 */
export const CAREFLOW_ZH_CN: Record<string, string> = {
  General: '常规', Name: '名称', ID: '编号', Documentation: '说明', 'Element documentation': '元素说明',
  'Task definition': '任务定义', Type: '类型', Retries: '重试次数', 'Input mapping': '输入映射', 'Output mapping': '输出映射',
  Headers: '任务头', Key: '键', Value: '值', 'Local variable name': '局部变量名', 'Variable assignment value': '变量赋值',
  'Process variable name': '流程变量名', 'Result expression': '结果表达式', Template: '模板', Select: '选择', Unlink: '解除关联',
  Remove: '移除', 'Select a template': '选择模板', Condition: '条件', 'Condition expression': '条件表达式', Timer: '定时器',
  Date: '日期', Duration: '时长', Cycle: '周期', Message: '消息', 'Global message reference': '全局消息引用',
  'Subscription correlation key': '关联键', 'Correlation key': '关联键', Errors: '错误', 'Error boundary': '错误边界',
  'Extension properties': '扩展属性', 'Execution listeners': '执行监听器', 'Multi-instance': '多实例', 'Input collection': '输入集合',
  'Input element': '输入元素', 'Output collection': '输出集合', 'Output element': '输出元素', 'Completion condition': '完成条件',
  'Called element': '调用元素', 'Process ID': '流程编号', Executable: '可执行', 'Version tag': '版本标签', 'Job priority': '作业优先级',
  'Search in diagram': '在图中搜索', Create: '新建', 'Create new list item': '新增一项', 'Delete item': '删除此项', '<none>': '〈无〉',
  // element templates, their chooser and lint
  'Choose element template': '选择元素模板', Change: '更换', Applied: '已应用', Inputs: '输入', Outputs: '输出',
  'Custom properties': '自定义属性', 'Must not be empty.': '不能为空。', Deprecated: '已弃用', Description: '说明',
  'Issues for child elements': '子元素的问题', 'Toggle linting overlays': '显示/隐藏检查标记', '<unnamed>': '〈未命名〉',
  // CareFlow's user-task group
  Handling: '办理设置', Form: '表单', 'Due date': '截止时间', Priority: '优先级',
  'due.none': '不设截止', 'due.fixed': '固定时间', 'due.relative': '到达后一段时间', 'due.variable': '取自流程变量',
  'due.fixed.value': '时间（ISO 8601，如 2026-12-31T18:00:00+08:00）', 'due.relative.value': '时长（ISO 8601，如 P1D、PT4H）',
  'due.variable.value': '变量名（如 caseDueAt）', 'due.none.value': '截止时间',
  'priority.case': '随工单', 'priority.emergency': '紧急', 'priority.high': '高', 'priority.normal': '普通', 'priority.low': '低',
  // CareFlow lint messages
  'User task has no form': '用户任务未绑定表单',
  'Task has no connector: choose a template': '服务任务未选择连接器模板',
  'Remove the Zeebe user task implementation: CareFlow runs user tasks as jobs': '请去掉 Zeebe 用户任务实现：CareFlow 以作业方式运行用户任务',
};
