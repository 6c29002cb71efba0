/**
 * Messages of CareFlow's Camunda 7 (Operaton) publish rules, English and zh-CN side by side. Rules
 * report the English text (bpmnlint carries one string); the zh-CN form is found by matching the
 * English templates, so every message has both and neither drifts. Each says what to do and names its
 * element; `{…}` values stay as written (ids, keys, expressions) except the few words listed in WORDS.
 */
const MESSAGES = {
  noExecutableProcess: ['The model has no executable process: mark the service type’s process as executable', '模型中没有可执行流程：请把服务类型的流程设为可执行'],
  manyExecutableProcesses: ['The model has {count} executable processes ({processes}): a service type runs one, mark the others as not executable', '模型中有 {count} 个可执行流程（{processes}）：一个服务类型只运行一个流程，请把其余流程设为不可执行'],
  noneStartMissing: ['Process {element} has no start event: CareFlow opens a case by starting the process, add a start event without a trigger', '流程 {element} 没有开始事件：CareFlow 开启工单时启动流程，请添加一个不带触发器的开始事件'],
  noneStartOnlyTriggered: ['Process {element} starts only by {kinds} ({events}): a case is opened by CareFlow, which starts the process at a start event without a trigger; add one', '流程 {element} 只能由{kinds}启动（{events}）：工单由 CareFlow 开启，从不带触发器的开始事件启动流程；请添加一个'],
  noneStartMany: ['Process {element} has {count} start events without a trigger ({events}): keep one', '流程 {element} 有 {count} 个不带触发器的开始事件（{events}）：请只保留一个'],
  formMissing: ['User task {element} has no form: choose a form from the library (camunda:formKey)', '用户任务 {element} 未绑定表单：请从表单库中选择表单（camunda:formKey）'],
  formExpression: ['User task {element} names its form by an expression ({formKey}): choose a form from the library by its key', '用户任务 {element} 用表达式指定表单（{formKey}）：请直接从表单库中选择表单'],
  formUnknown: ['User task {element} uses form {formKey}, which is not in the form library: choose a library form or publish that form first', '用户任务 {element} 使用的表单 {formKey} 不在表单库中：请从表单库中选择，或先发布该表单'],
  formOther: ['User task {element} defines its form by {attribute}: CareFlow shows library forms, remove it and choose a form from the library', '用户任务 {element} 通过 {attribute} 定义表单：CareFlow 只显示表单库中的表单，请去掉它并从表单库中选择表单'],
  implementationMissing: ['{element} has no connector: choose a connector template', '{element} 未选择连接器：请选择一个连接器模板'],
  smsPlaceholder: ['SMS step {element} would send {placeholders} as written: its content fills in process variables written as {variables}, or choose an SMS template', '短信步骤 {element} 会原样发出 {placeholders}：短信内容中的流程变量请写成 {variables}，或改用短信模板'],
  topicMissing: ['External task {element} has no topic: choose a connector template', '外部任务 {element} 没有主题：请选择一个连接器模板'],
  topicExpression: ['External task {element} computes its topic ({topic}): a topic names one connector, choose a connector template', '外部任务 {element} 的主题由表达式计算（{topic}）：主题必须指明连接器，请选择一个连接器模板'],
  topicUnknown: ['No connector works on topic {topic} of {element}: choose a connector template (known topics: {known})', '没有连接器处理 {element} 的主题 {topic}：请选择一个连接器模板（可用主题：{known}）'],
  calledElementMissing: ['Call activity {element} names no process: choose the process to call (calledElement)', '调用活动 {element} 未指定被调用的流程：请选择要调用的流程（calledElement）'],
  calledElementUnknown: ['Call activity {element} calls process {key}, which is not published: publish it first or call a published process', '调用活动 {element} 调用的流程 {key} 尚未发布：请先发布该流程，或调用已发布的流程'],
  calledElementDynamic: ['Call activity {element} chooses the process at run time ({key}): make sure every process it can name is published', '调用活动 {element} 在运行时决定调用哪个流程（{key}）：请确认它可能调用的流程都已发布'],
  calledCase: ['Call activity {element} calls a CMMN case (camunda:caseRef): CareFlow runs processes only, call a process instead', '调用活动 {element} 调用 CMMN 案例（camunda:caseRef）：CareFlow 只运行流程，请改为调用流程'],
  decisionUnknown: ['Business rule task {element} evaluates decision {key}, which is neither in this version nor published: add the decision table or correct the key', '业务规则任务 {element} 使用的决策 {key} 既不在本版本中也未发布：请添加该决策表或改正决策编号'],
  decisionDynamic: ['Business rule task {element} chooses the decision at run time ({key}): make sure every decision it can name is published', '业务规则任务 {element} 在运行时决定使用哪个决策（{key}）：请确认它可能使用的决策都已发布'],
  scriptTask: ['Script task {element} runs code on the engine server, which CareFlow does not allow: use a connector task, or an expression on a gateway', '脚本任务 {element} 会在流程引擎服务器上运行代码，CareFlow 不允许：请改用连接器任务，或在网关条件中使用表达式'],
  javaCode: ['{element} runs Java code ({attribute} {value}): CareFlow runs no code on the engine server, use a connector template instead', '{element} 会运行 Java 代码（{attribute} {value}）：CareFlow 不在流程引擎服务器上运行代码，请改用连接器模板'],
  serviceExpression: ['{element} is implemented by an expression (camunda:expression {value}): use a connector template instead', '{element} 由表达式实现（camunda:expression {value}）：请改用连接器模板'],
  builtInTaskType: ['{element} uses the engine’s built-in task type {value} (camunda:type), which runs on the engine server: use a connector template instead', '{element} 使用流程引擎内置的任务类型 {value}（camunda:type），会在引擎服务器上执行：请改用连接器模板'],
  // the element templates' property checks (bpmn-js-element-templates), shown in the panel and as lint
  templateEmpty: ['{label} must not be empty.', '{label}不能为空。'],
  templateTooLong: ['{label} cannot exceed {maxLength} characters.', '{label}不能超过 {maxLength} 个字符。'],
  templateTooShort: ['{label} must be at least {minLength} characters.', '{label}至少 {minLength} 个字符。'],
  templatePattern: ['{label} must match pattern {pattern}.', '{label}须符合格式 {pattern}。'],
  connector: ['{element} uses a Camunda Connect connector (camunda:connector): use a CareFlow connector template instead', '{element} 使用了 Camunda Connect 连接器（camunda:connector）：请改用 CareFlow 连接器模板'],
  script: ['{element} contains a script in its {where}: CareFlow runs no scripts, use an expression or a connector instead', '{element} 的{where}中含有脚本：CareFlow 不运行脚本，请改用表达式或连接器'],
  scriptCondition: ['The condition of {element} is a script ({language}): write it as an expression ${…}', '{element} 的条件是脚本（{language}）：请改写为 ${…} 表达式'],
  scriptResource: ['{element} loads a script from a resource (camunda:resource {value}): CareFlow runs no scripts, remove it', '{element} 从资源加载脚本（camunda:resource {value}）：CareFlow 不运行脚本，请去掉'],
  foreignNamespace: ['{element} uses the Operaton extension namespace ({name}): write CareFlow models with camunda: extensions only', '{element} 使用了 Operaton 扩展命名空间（{name}）：CareFlow 模型只能使用 camunda: 扩展'],
  exprSyntax: ['{element}: the expression in {where} does not parse at character {position}: correct it — {expression}', '{element}：{where} 中的表达式在第 {position} 个字符处无法解析：请改正 —— {expression}'],
  exprCall: ['{element}: the expression in {where} calls {detail}; expressions may only read variables, compare and calculate, remove the call — {expression}', '{element}：{where} 中的表达式调用了 {detail}；表达式只能读取变量、比较和计算，请去掉调用 —— {expression}'],
  exprEngineObject: ['{element}: the expression in {where} reads the engine object {detail}; expressions may only read process variables, use a variable instead — {expression}', '{element}：{where} 中的表达式读取了引擎对象 {detail}；表达式只能读取流程变量，请改用变量 —— {expression}'],
  exprName: ['{element}: the expression in {where} uses {detail}, which is not a variable name; use letters, digits and _ — {expression}', '{element}：{where} 中的表达式使用了 {detail}，它不是变量名；变量名只能含字母、数字和 _ —— {expression}'],
  exprReflection: ['{element}: the expression in {where} reads {detail}, which reaches Java classes; read data properties only — {expression}', '{element}：{where} 中的表达式读取了 {detail}，会触及 Java 类；只能读取数据属性 —— {expression}'],
  exprLiteralProperty: ['{element}: the expression in {where} reads a property of a literal ({detail}); read properties of variables only — {expression}', '{element}：{where} 中的表达式读取了字面量的属性（{detail}）；只能读取变量的属性 —— {expression}'],
  conditionNotExpression: ['The condition of {element} is not one expression ${…}: write it as ${…} so that it yields true or false — {expression}', '{element} 的条件不是单个 ${…} 表达式：请写成 ${…}，使其结果为真或假 —— {expression}'],
  timerEmpty: ['Timer {element} has no time: set a date, a duration or a cycle (ISO 8601, e.g. PT4H)', '定时器 {element} 未设置时间：请设置日期、时长或周期（ISO 8601，如 PT4H）'],
  timerDate: ['Timer {element}: {value} is not an ISO 8601 date; write e.g. 2026-12-31T18:00:00+08:00', '定时器 {element}：{value} 不是 ISO 8601 日期；请写成如 2026-12-31T18:00:00+08:00'],
  timerDuration: ['Timer {element}: {value} is not an ISO 8601 duration; write e.g. PT4H or P1D', '定时器 {element}：{value} 不是 ISO 8601 时长；请写成如 PT4H 或 P1D'],
  timerCycle: ['Timer {element}: {value} is not an ISO 8601 repeating interval; write e.g. R3/PT10M or R/P1D', '定时器 {element}：{value} 不是 ISO 8601 重复周期；请写成如 R3/PT10M 或 R/P1D'],
  retryCycle: ['{element}: the retry cycle {value} does not parse; write e.g. R3/PT5M or PT1M,PT5M,PT30M', '{element}：重试周期 {value} 无法解析；请写成如 R3/PT5M 或 PT1M,PT5M,PT30M'],
  ttlMissing: ['Process {element} has no history time to live: set camunda:historyTimeToLive in days (e.g. P180D) so its history is cleared after the audit period', '流程 {element} 未设置历史保留时间：请设置 camunda:historyTimeToLive（天数，如 P180D），审计期满后清理历史'],
  ttlInvalid: ['Process {element}: the history time to live {value} is not a number of days; write e.g. P180D or 180', '流程 {element}：历史保留时间 {value} 不是天数；请写成如 P180D 或 180'],
} as const satisfies Record<string, readonly [string, string]>;

export type C7MessageKey = keyof typeof MESSAGES;

/** Words inside the values that name kinds or places (start event kinds, where a script sits). */
const WORD_VALUES = new Set(['kinds', 'where']);
const WORDS: Record<string, string> = {
  'message start events': '消息开始事件', 'signal start events': '信号开始事件', 'timer start events': '定时开始事件',
  'conditional start events': '条件开始事件', 'start events of other kinds': '其他开始事件',
  'execution listener': '执行监听器', 'task listener': '任务监听器', 'input/output mapping': '输入/输出映射',
};
const JOINERS: [RegExp, string][] = [[/, /g, '、'], [/ or /g, '或']];

/** The English message, values filled in. */
export function c7Message(key: C7MessageKey, values: Record<string, string | number> = {}): string {
  return MESSAGES[key][0].replace(/{(\w+)}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/[{}]/g, (b) => `\\${b}`);

/** Each English template as an anchored pattern whose groups are its values. */
const PATTERNS = Object.values(MESSAGES).map(([en, zh]) => {
  const names: string[] = [];
  const source = en.split(/({\w+})/).map((part) => {
    const name = /^{(\w+)}$/.exec(part)?.[1];
    if (!name) return escape(part);
    names.push(name);
    return '(.*?)';
  });
  return { pattern: new RegExp(`^${source.join('')}$`, 's'), names, zh };
});

function wordsInZh(value: string): string {
  let out = value;
  for (const [en, zh] of Object.entries(WORDS)) out = out.split(en).join(zh);
  for (const [pattern, zh] of JOINERS) out = out.replace(pattern, zh);
  return out;
}

/** The zh-CN form of a C7 rule message, or undefined when it is not one of them. */
export function translateC7LintMessage(message: string): string | undefined {
  for (const { pattern, names, zh } of PATTERNS) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values = Object.fromEntries(names.map((name, i) => [name, WORD_VALUES.has(name) ? wordsInZh(match[i + 1]) : match[i + 1]]));
    return zh.replace(/{(\w+)}/g, (whole, name: string) => values[name] ?? whole);
  }
  return undefined;
}
