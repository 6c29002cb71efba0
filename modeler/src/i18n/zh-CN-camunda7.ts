/**
 * zh-CN for the Camunda 7 properties panel's labels and CareFlow's Camunda 7 additions, on top of the
 * shared dictionary (zh-CN.ts). English is the key itself.
 */
export const CAMUNDA7_ZH_CN: Record<string, string> = {
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
  // CareFlow's user-task group and import
  'Candidate users': '候选用户', Assignee: '办理人', 'Follow-up date': '跟进时间',
  'Not in the forms library: {key}': '表单库中没有：{key}', 'Custom: {value}': '自定义：{value}',
  'due.relative.value': '创建后多久（ISO 8601，如 P1D、PT4H）', 'due.variable.value': '流程变量名（如 caseDueAt，写入为 ${caseDueAt}）',
  'This file holds Camunda 8 (Zeebe) content ({ids}) that Operaton does not run: open it with the Camunda 8 import converter':
    '此文件含 Camunda 8（Zeebe）内容（{ids}），Operaton 不会执行：请用“Camunda 8 导入转换”打开',
};
