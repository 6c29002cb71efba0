/**
 * zh-CN for the properties panel labels CareFlow shows (the Camunda 7 provider's and the shared
 * ones), element templates, lint and CareFlow's own additions; the palette and context pad come from
 * bpmn-js-i18n. English is the key itself.
 */
export const CAREFLOW_ZH_CN: Record<string, string> = {
  General: '常规', Name: '名称', ID: '编号', Documentation: '说明', 'Element documentation': '元素说明',
  Type: '类型', Key: '键', Value: '值', 'Local variable name': '局部变量名',
  'Process variable name': '流程变量名', Template: '模板', Select: '选择', Unlink: '解除关联',
  Remove: '移除', 'Select a template': '选择模板', Condition: '条件', Timer: '定时器',
  Date: '日期', Duration: '时长', Cycle: '周期', Message: '消息', 'Global message reference': '全局消息引用', Errors: '错误',
  'Extension properties': '扩展属性', 'Execution listeners': '执行监听器', 'Multi-instance': '多实例', 'Completion condition': '完成条件',
  'Called element': '调用元素', 'Process ID': '流程编号', Executable: '可执行', 'Version tag': '版本标签',
  'Search in diagram': '在图中搜索', Create: '新建', 'Create new list item': '新增一项', 'Delete item': '删除此项', '<none>': '〈无〉',
  // the Camunda 7 provider's groups and entries
  'History cleanup': '历史清理', 'Time to live': '历史保留时长',
  'Number of days before this resource is being cleaned up. If specified, takes precedence over the engine configuration.': '历史数据保留多久（天数或 ISO 8601，如 P180D）；填写后优先于引擎配置。',
  'This maps to the process definition key.': '即流程定义键。', Tasklist: '任务列表', Startable: '可从任务列表发起',
  'Candidate starter': '候选发起人', 'Candidate starter groups': '候选发起组', 'Candidate starter users': '候选发起用户',
  'Specify more than one group as a comma separated list.': '多个组用英文逗号分隔。', 'Specify more than one user as a comma separated list.': '多个用户用英文逗号分隔。',
  Implementation: '实现方式', External: '外部任务', Topic: '主题', 'External task': '外部任务', 'Java class': 'Java 类', Expression: '表达式',
  'Delegate expression': '委托表达式', 'Result variable': '结果变量', 'Job execution': '作业执行', 'Retry time cycle': '重试时间周期',
  'Asynchronous continuations': '异步延续', Before: '之前', After: '之后', Exclusive: '独占', 'Asynchronous before': '之前异步', 'Asynchronous after': '之后异步',
  'Task listeners': '任务监听器', 'Listener type': '监听器类型', 'Event type': '事件类型', 'Listener ID': '监听器编号',
  'Field injection': '字段注入', 'Field injections': '字段注入', create: '创建', assignment: '分派', complete: '完成', delete: '删除', update: '更新',
  timeout: '超时', take: '经过', start: '开始', end: '结束', 'User assignment': '办理人设置', 'Candidate groups': '候选组', 'Follow up date': '跟进时间',
  Forms: '表单', 'Form key': '表单键', 'Form fields': '表单字段', 'Assignment type': '赋值类型', 'String or expression': '字符串或表达式',
  'Start typing "${}" to create an expression.': '输入 ${} 以写表达式。', 'Variable name': '变量名', 'Process variables': '流程变量', 'Created in': '创建于',
  'In mappings': '传入映射', 'Out mappings': '传出映射', 'Propagate all variables': '传递全部变量', Local: '局部', Source: '源', Target: '目标',
  'Source expression': '源表达式', 'Business key': '业务键', Binding: '绑定', Version: '版本', 'Tenant ID': '租户编号', 'Start initiator': '发起人', Initiator: '发起人变量',
  Script: '脚本', 'Script type': '脚本类型', 'Inline script': '内联脚本', 'External resource': '外部资源', Resource: '资源', Format: '格式',
  'Code variable': '错误码变量', 'Message variable': '错误信息变量', 'Throw expression': '抛出条件表达式',
  // element templates, their chooser and lint
  'Choose element template': '选择元素模板', Change: '更换', Applied: '已应用', Inputs: '输入', Outputs: '输出',
  'Custom properties': '自定义属性', 'Must not be empty.': '不能为空。', Deprecated: '已弃用', Description: '说明',
  'A new version of the template is available: {templateVersion}': '模板有新版本：{templateVersion}',
  'A version of this template is available that supports your environment: {templateVersion}': '有适用于当前环境的模板版本：{templateVersion}',
  'Issues for child elements': '子元素的问题', 'Toggle linting overlays': '显示/隐藏检查标记', '<unnamed>': '〈未命名〉',
  // CareFlow's user-task group
  Handling: '办理设置', Form: '表单', 'Due date': '截止时间', Priority: '优先级', 'Candidate users': '候选用户', Assignee: '办理人', 'Follow-up date': '跟进时间',
  'Not in the forms library: {key}': '表单库中没有：{key}', 'Custom: {value}': '自定义：{value}',
  'due.none': '不设截止', 'due.fixed': '固定时间', 'due.relative': '到达后一段时间', 'due.variable': '取自流程变量',
  'due.fixed.value': '时间（ISO 8601，如 2026-12-31T18:00:00+08:00）', 'due.relative.value': '创建后多久（ISO 8601，如 P1D、PT4H）',
  'due.variable.value': '流程变量名（如 caseDueAt，写入为 ${caseDueAt}）', 'due.none.value': '截止时间',
  'priority.case': '随工单', 'priority.emergency': '紧急', 'priority.high': '高', 'priority.normal': '普通', 'priority.low': '低',
  // import
  'This file holds Camunda 8 content ({ids}) that Operaton does not run: open it with the Camunda 8 import converter':
    '此文件含 Camunda 8 内容（{ids}），Operaton 不会执行：请用“Camunda 8 导入转换”打开',
};
