/**
 * zh-CN for dmn-js's decision table: every text dmn-js-decision-table and dmn-js-shared hand to
 * translate() (zh-CN.test.ts checks the list against the installed packages), the hit policies'
 * names and explanations, the data types and the date/time checks. English is the key itself.
 */
export const DMN_ZH_CN: Record<string, string> = {
  // the table's head and its cells
  'Hit policy': '命中策略', 'Hit policy:': '命中策略：', When: '当', And: '且', Then: '则', Annotation: '注释', Annotations: '注释',
  Input: '输入', Output: '输出', 'Input label': '输入标签', 'Input label: ': '输入标签：', 'Input expression': '输入表达式', 'Input expression: ': '输入表达式：',
  'Input type': '输入类型', 'Input values': '输入取值', 'Output label': '输出标签', 'Output label: ': '输出标签：', 'Output name': '输出名称', 'Output name: ': '输出名称：',
  'Output type': '输出类型', 'Output values': '输出取值', 'Decision name': '决策名称', 'Decision name: ': '决策名称：', 'View DRD': '查看决策需求图',
  Expression: '表达式', 'Expression language': '表达式语言', 'Expression language: {expressionLanguageLabel}': '表达式语言：{expressionLanguageLabel}',
  'Change cell expression language': '更改单元格的表达式语言', 'Editing not supported for set expression language': '所设表达式语言不支持在此编辑',
  'Enter expression': '输入表达式', Type: '类型', Value: '值', Values: '取值', Edit: '编辑', Resize: '调整宽度',
  // rules and columns (the context menu)
  'Add rule': '添加规则', 'Add rule above': '在上方添加规则', 'Add rule below': '在下方添加规则', 'Remove rule': '删除规则', 'Copy rule': '复制规则',
  'Cut rule': '剪切规则', 'Move rule': '移动规则', 'Paste rule above': '粘贴规则到上方', 'Paste rule below': '粘贴规则到下方',
  'Add input': '添加输入', 'Add input column left': '在左侧添加输入列', 'Add input column right': '在右侧添加输入列', 'Remove input column': '删除输入列',
  'Copy input column': '复制输入列', 'Cut input column': '剪切输入列', 'Paste input column left': '粘贴输入列到左侧', 'Paste input column right': '粘贴输入列到右侧',
  'Add output': '添加输出', 'Add output column left': '在左侧添加输出列', 'Add output column right': '在右侧添加输出列', 'Remove output column': '删除输出列',
  'Copy output column': '复制输出列', 'Cut output column': '剪切输出列', 'Paste output column left': '粘贴输出列到左侧', 'Paste output column right': '粘贴输出列到右侧',
  'Add cell description': '添加单元格说明', 'Remove cell description': '删除单元格说明',
  // predefined values and the simple editors
  'Predefined values': '预设取值', 'Add predefined values': '添加预设取值', 'Clear predefined values': '清除预设取值', 'Custom values': '自定义取值',
  'Add values': '添加取值', '"value"': '"取值"', '"value", "value", ...': '"取值", "取值", ...', 'No values': '无取值', 'Strings must be in double quotes': '字符串须用英文双引号括起', 'Match one': '匹配其中之一', 'Match none': '都不匹配',
  'String value': '字符串值', 'Boolean value': '布尔值', Yes: '是', No: '否', 'Test type': '判断方式', Comparison: '比较', 'Comparison operator': '比较运算符',
  Range: '区间', 'Range start operator': '区间起点运算符', 'Range start value': '区间起点值', 'Range end operator': '区间终点运算符', 'Range end value': '区间终点值',
  Include: '包含', Exclude: '不包含', Equals: '等于', Less: '小于', 'Less or equals': '小于等于', Greater: '大于', 'Greater or equals': '大于等于',
  'Set value': '设定值', 'Start value': '起始值', 'End value': '结束值', Exactly: '恰为', Before: '早于', After: '晚于', Between: '介于',
  Date: '日期', 'Date value': '日期值', 'Set date': '设定日期', 'Start date': '开始日期', 'End date': '结束日期', 'Use today': '使用今天',
  Time: '时间', 'Time value': '时间值', 'Set time': '设定时间', 'Start time': '开始时间', 'End time': '结束时间', 'Use now': '使用当前时间',
  'Date and time': '日期时间', 'Date and time value': '日期时间值', 'Set date and time': '设定日期时间', 'Start date and time': '开始日期时间', 'End date and time': '结束日期时间',
  'Duration value': '时长值', 'Set duration': '设定时长', 'e.g. { sample }': '例如 { sample }', 'e.g. { example } ': '例如 { example }',
  'Edit string': '编辑字符串', 'Edit boolean': '编辑布尔值', 'Edit number': '编辑数字', 'Edit date': '编辑日期', 'Edit time': '编辑时间', 'Edit date and time': '编辑日期时间',
  'Edit duration': '编辑时长', 'Edit input': '编辑输入', 'Edit output': '编辑输出', 'Edit start date': '编辑开始日期', 'Edit end date': '编辑结束日期',
  'Edit start time': '编辑开始时间', 'Edit end time': '编辑结束时间', 'Edit start date and time': '编辑开始日期时间', 'Edit end date and time': '编辑结束日期时间',
  // checks of typed values (passed to translate() as variables)
  'Must match PnYnM': '须为 PnYnM 格式（如 P1Y2M）', 'Must match PnDTnH': '须为 PnDTnH 格式（如 P2DT3H）',
  'Date must match pattern yyyy-MM-dd': '日期须为 yyyy-MM-dd 格式', 'Time must match pattern hh:mm:ss[time zone]': '时间须为 hh:mm:ss[时区] 格式',
  'Date and time must match pattern yyyy-MM-ddTHH:mm:ss[time zone]': '日期时间须为 yyyy-MM-ddTHH:mm:ss[时区] 格式',
  // data types (the type shown under a column's name and offered in its type menu)
  string: '字符串', boolean: '布尔', number: '数字', integer: '整数', long: '长整数', double: '双精度数', date: '日期', time: '时间', dateTime: '日期时间',
  dayTimeDuration: '时长（日时）', yearMonthDuration: '时长（年月）', Any: '任意',
  ...hitPolicies(),
};

/** The hit policies' names and explanations (dmn-js-decision-table/lib/features/hit-policy/HitPolicies.js). */
function hitPolicies(): Record<string, string> {
  return {
    Unique: '唯一', First: '首条命中', Priority: '优先级', Any: '任意', Collect: '收集', 'Collect (Sum)': '收集（求和）', 'Collect (Min)': '收集（最小值）',
    'Collect (Max)': '收集（最大值）', 'Collect (Count)': '收集（计数）', 'Rule order': '规则顺序', 'Output order': '输出顺序',
    'No overlap is possible and all rules are disjoint. Only a single rule can be matched': '规则互不重叠，只能命中一条规则',
    'Rules may overlap. The first matching rule will be chosen': '规则可以重叠，取自上而下第一条命中的规则',
    'Rules may overlap. The one with the highest priority will be chosen': '规则可以重叠，取优先级最高的一条',
    'Rules may overlap. Their output have to match': '规则可以重叠，但命中规则的输出必须相同',
    'Collects the values of all matching rules': '收集所有命中规则的值',
    'Collects the values of all matching rules and sums up to a single value': '收集所有命中规则的值并求和',
    'Collects the values of all matching rules and uses the lowest value': '收集所有命中规则的值，取最小值',
    'Collects the values of all matching rules and uses the highest value': '收集所有命中规则的值，取最大值',
    'Collects the values of all matching rules and counts the number of them': '收集所有命中规则，计其条数',
    'Collects the values of all matching rules in rule order': '按规则顺序收集所有命中规则的值',
    'Collects the values of all matching rules in decreasing output priority order': '按输出优先级从高到低收集所有命中规则的值',
  };
}
