/**
 * English and zh-CN for what the publish check itself reports: input it refuses before any rule
 * runs, and the process engine's own parse errors (their most common forms said in CareFlow's words,
 * any other shown as the engine wrote it).
 */
export interface Said {
  en: string;
  zh: string;
}

export const said = {
  tooLarge: (what: string, bytes: number, limit: number): Said => ({
    en: `${what} is ${Math.ceil(bytes / 1024)} KB, more than the ${Math.round(limit / 1024)} KB a model may have: split it or remove unused parts`,
    zh: `${what} 大小为 ${Math.ceil(bytes / 1024)} KB，超过模型上限 ${Math.round(limit / 1024)} KB：请拆分模型或删除不用的部分`,
  }),
  tooManyDecisions: (count: number, limit: number): Said => ({
    en: `The version carries ${count} decision files, more than ${limit}: merge decision tables into fewer files`,
    zh: `该版本包含 ${count} 个决策文件，超过上限 ${limit} 个：请把决策表合并到更少的文件中`,
  }),
  badResourceName: (name: string): Said => ({
    en: `Decision file name ${JSON.stringify(name)} is not allowed: use letters, digits, - _ . and end it with .dmn`,
    zh: `决策文件名 ${JSON.stringify(name)} 不可用：只能含字母、数字、- _ .，并以 .dmn 结尾`,
  }),
  notDmn: (name: string): Said => ({
    en: `${name} is not a DMN model: its root must be <definitions> in a DMN namespace`,
    zh: `${name} 不是 DMN 模型：根元素必须是 DMN 命名空间中的 <definitions>`,
  }),
  dmnLanguage: (name: string, language: string): Said => ({
    en: `${name} uses the expression language ${language}, which runs code on the engine server: write its expressions in FEEL`,
    zh: `${name} 使用表达式语言 ${language}，会在流程引擎服务器上运行代码：请用 FEEL 编写表达式`,
  }),
  unreadable: (detail: string): Said => ({
    en: `The BPMN model cannot be read (${detail}): open it in the studio and save it again`,
    zh: `无法读取 BPMN 模型（${detail}）：请在建模器中打开并重新保存`,
  }),
  engineNotAsked: (): Said => ({
    en: 'The process engine did not parse this model because it may carry code (see the problems above): fix those, then publish again to see the engine’s own checks',
    zh: '因模型可能含有代码（见上方问题），未交给流程引擎解析：请先修正这些问题，再次发布时会显示流程引擎自身的检查结果',
  }),
};

const where = (line?: number, column?: number) => (line && line > 0 ? `（第 ${line} 行${column ? `第 ${column} 列` : ''}）` : '');

/** The engine's and the XML check's messages, said in zh-CN: pattern → what to tell the analyst. */
const ENGINE_PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Exclusive Gateway '(.+)' has only one outgoing sequence flow \('(.+)'\)\. This is not allowed to have a condition\.$/, (m) => `排他网关 ${m[1]} 只有一条出线 ${m[2]}，这条线不能带条件：请去掉条件，或再添加一条出线`],
  [/^External tasks must specify a 'topic' attribute/, () => '外部任务必须设置主题（camunda:topic）：请选择一个连接器模板'],
  [/^multiple none start events or timer start events not supported/, () => '一个流程只能有一个空开始事件或定时开始事件：请只保留一个'],
  [/^One of the attributes 'class', 'delegateExpression', 'type', or 'expression' is mandatory on (\w+)/, (m) => `${m[1]} 未选择实现方式：请选择一个连接器模板`],
  [/^Invalid reference in boundary event/, () => '边界事件必须附着在同一层级中的活动上：请把它放到活动的边框上'],
  [/^AttachedToRef is required/, () => '边界事件没有附着的活动：请把它放到活动的边框上'],
  [/^Invalid '(\w+)' attribute value: (.+)$/, (m) => `属性 ${m[1]} 的值无效：${m[2]}`],
  [/^(Invalid|Missing) (attribute|element) '?(\w+)'?/i, (m) => `${m[2] === 'attribute' ? '属性' : '元素'} ${m[3]} ${m[1].toLowerCase() === 'missing' ? '缺失' : '无效'}：请按提示补全或改正`],
  [/^Error parsing '(.*)': (.*)$/s, (m) => `表达式 ${m[1]} 无法解析（${m[2]}）：请改正`],
  [/^Unable to transform DMN resource '(.+)'\.?$/, (m) => `决策文件 ${m[1]} 无法解析：请在决策表编辑器中检查表格、命中策略和类型`],
  [/^cvc-[\w.-]+: (.*)$/s, (m) => `模型不符合 BPMN 2.0 规范：${m[1]}`],
  [/^The model declares a (DOCTYPE|ENTITY)/, (m) => `模型声明了 ${m[1]}：BPMN 模型不需要它，含 DOCTYPE 或 ENTITY 声明的模型一律拒绝`],
  [/^Malformed XML at line (\d+)(?:, column (\d+))?: (.*)$/s, (m) => `XML 格式错误（第 ${m[1]} 行${m[2] ? `第 ${m[2]} 列` : ''}）：${m[3]}`],
  [/^Not a BPMN 2\.0 model/, () => '不是 BPMN 2.0 模型：根元素必须是 BPMN 命名空间中的 <definitions>'],
];

/** An engine (or XML check) message in zh-CN; unknown ones keep the engine's words after a CareFlow lead-in. */
export function engineMessageZh(message: string, line?: number, column?: number): string {
  for (const [pattern, zh] of ENGINE_PATTERNS) {
    const match = pattern.exec(message);
    if (match) return `${zh(match)}${where(line, column)}`;
  }
  return `流程引擎无法接受此处${where(line, column)}：${message}。请按提示修改后再发布`;
}
