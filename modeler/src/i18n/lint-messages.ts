/**
 * zh-CN for lint messages that carry values (Zeebe's camunda-compat rules, bpmnlint's own and
 * CareFlow's patterned ones). The rules build their messages from a few templates
 * (bpmnlint-plugin-camunda-compat/rules/utils/element.js), so patterns cover them; `<…>` names stay
 * as written so an analyst can still search them. The engine's publish lint
 * (engine/src/modules/service-types/lint.ts) is covered too. A message no pattern knows stays English.
 * The Camunda 7 (Operaton) rules' messages carry their zh-CN beside them (c7-lint-messages.ts).
 */
import { translateC7LintMessage } from './c7-lint-messages';

const NAME = '(<[^>]*>)';
const NAMES = '(<.+>)';
const VERSION = '([\\d.]+)';

const PATTERNS: [RegExp, string][] = [
  [new RegExp(`^Element of type ${NAME} not allowed$`), 'Zeebe 不支持 $1 类型的元素'],
  [new RegExp(`^Element of type ${NAME} only allowed by Camunda ${VERSION} or newer$`), '$1 类型的元素需要 Camunda $2 或更高版本'],
  [new RegExp(`^Element of type ${NAME} with event definition of type ${NAME} not allowed$`), 'Zeebe 不支持带 $2 事件定义的 $1'],
  [new RegExp(`^Element of type ${NAME} with event definition of type ${NAME} only allowed by Camunda ${VERSION} or newer$`), '带 $2 事件定义的 $1 需要 Camunda $3 或更高版本'],
  [new RegExp(`^Element of type ${NAME} with no event definition not allowed$`), '$1 必须有事件定义'],
  [new RegExp(`^Element of type ${NAME} must have property ${NAME} if it has property ${NAME}$`), '$1 设置了属性 $3 时必须设置属性 $2'],
  [new RegExp(`^Element of type ${NAME} must have property ${NAMES}$`), '$1 必须设置属性 $2'],
  [new RegExp(`^Element of type ${NAME} must have one extension element of type ${NAMES}$`), '$1 必须有一个 $2 扩展元素'],
  [new RegExp(`^Element of type ${NAME} must have one property <incoming> of type <bpmn:SequenceFlow>$`), '$1 必须有一条进入的顺序流'],
  [new RegExp(`^Element of type ${NAME} without property ${NAME} only allowed by Camunda ${VERSION} or newer$`), '未设置属性 $2 的 $1 需要 Camunda $3 或更高版本'],
  [new RegExp(`^Extension element of type ${NAME} not allowed$`), 'Zeebe 不支持 $1 扩展元素'],
  [new RegExp(`^Extension element of type ${NAME} only allowed by Camunda ${VERSION}( or newer)?$`), '$1 扩展元素需要 Camunda $2 或更高版本'],
  [new RegExp(`^Property ${NAME} must have expression value$`), '属性 $1 必须是表达式（以 = 开头）'],
  [new RegExp(`^Property ${NAME} must have value of ${NAME}$`), '属性 $1 的值必须是 $2'],
  [new RegExp(`^Property ${NAME} is not a valid FEEL expression$`), '属性 $1 不是有效的 FEEL 表达式'],
  [new RegExp(`^Property ${NAME} of type ${NAME} not allowed$`), '属性 $1 不能是 $2 类型'],
  [new RegExp(`^Property ${NAME} of type ${NAME} only allowed by Camunda ${VERSION} or newer$`), '$2 类型的属性 $1 需要 Camunda $3 或更高版本'],
  [new RegExp(`^Property ${NAME} not allowed$`), 'Zeebe 不支持属性 $1'],
  [new RegExp(`^Property ${NAME} only allowed by Camunda ${VERSION} or newer$`), '属性 $1 需要 Camunda $2 或更高版本'],
  [/^Property value of (<.*>) not allowed$/, '属性值 $1 无效'],
  [new RegExp(`^Property value of (<.*>) only allowed by Camunda ${VERSION} or newer$`), '属性值 $1 需要 Camunda $2 或更高版本'],
  [/^Expression value of (<.*>) not allowed$/, '不支持表达式值 $1'],
  [/^Expression statement (<.*>) not supported$/, '不支持表达式语句 $1'],
  [new RegExp(`^Properties of type ${NAME} have property ${NAME} with duplicate value of (<.*>)$`), '$1 的属性 $2 有重复值 $3'],
  [new RegExp(`^Properties of type ${NAME} have properties with duplicate values \\((.*)\\)$`), '$1 有重复的值（$2）'],
  [/^Loop detected: (.*)$/, '检测到没有出口的循环：$1'],
  [new RegExp(`^A ${NAME} must be expanded$`), '$1 必须展开'],
  [/^Multiple elements of type <bpmn:StartEvent> with no event definition not allowed as children of <bpmn:Process>$/, '一个流程只能有一个无触发的开始事件'],
  [/^Property <conditionExpression> only allowed if source is of type <bpmn:ExclusiveGateway> or <bpmn:InclusiveGateway>$/, '只有从排他网关或包容网关出发的顺序流才能设置条件'],
  [/^Element of type <bpmn:ReceiveTask> not allowed as event-based gateway target$/, '事件网关之后不能接接收任务'],
  [/^(.+) is missing start event$/, '$1 缺少开始事件'],
  // CareFlow's own rules with values (the fixed ones are in zh-CN.ts), and the engine's publish lint
  [/^Form (.+) is not in the forms library$/, '表单 $1 不在表单库中'],
  [/^No connector works on job type (\S+) \(known: (.*)\)$/, '没有连接器处理作业类型 $1（可用：$2）'],
  [/^No connector works on job type (.+)$/, '没有连接器处理作业类型 $1'],
  [/^Error (.+) is not caught: the case would stop here$/, '未捕获错误 $1：工单会停在此处，无人知晓'],
  [/^User task has no form \(zeebe:formDefinition formKey\)$/, '用户任务未绑定表单（zeebe:formDefinition formKey）'],
  [/^(\S+) has no job type \(zeebe:taskDefinition type\)$/, '$1 没有作业类型（zeebe:taskDefinition type）'],
  [/^Remove zeebe:userTask: CareFlow runs user tasks as jobs \(io\.camunda\.zeebe:userTask\)$/, '请去掉 zeebe:userTask：CareFlow 以作业方式运行用户任务'],
  [/^A service type needs exactly one executable process \(found (\d+)\)$/, '服务类型需要且只能有一个可执行流程（现有 $1 个）'],
  [/^Process id (\S+) already belongs to another service type$/, '流程编号 $1 已属于另一个服务类型'],
];

/** The zh-CN form of a lint message with values, or undefined when no pattern knows it. */
export function translateLintMessage(message: string): string | undefined {
  const c7 = translateC7LintMessage(message);
  if (c7 !== undefined) return c7;
  for (const [pattern, zh] of PATTERNS) {
    if (pattern.test(message)) return message.replace(pattern, zh).replace(/> or </g, '> 或 <').replace(/> and </g, '> 和 <');
  }
  return undefined;
}
