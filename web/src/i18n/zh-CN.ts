import { reportsZhCN } from './messages/reports.zh-CN';
import { problemsZhCN } from './messages/problems.zh-CN';
import { adminZhCN } from './messages/admin.zh-CN';
import { eldersZhCN } from './messages/elders.zh-CN';
import { formsZhCN } from './messages/forms.zh-CN';
import { importsZhCN } from './messages/imports.zh-CN';
import { providersZhCN } from './messages/providers.zh-CN';
import { smsZhCN } from './messages/sms.zh-CN';
import { telephonyZhCN } from './messages/telephony.zh-CN';
import { dispatchesZhCN } from './messages/dispatches.zh-CN';
import { billingZhCN } from './messages/billing.zh-CN';
import { statementsZhCN } from './messages/statements.zh-CN';
import { periodicNeedsZhCN } from './messages/periodicNeeds.zh-CN';
import { careZhCN } from './messages/care.zh-CN';
import { carePageZhCN } from './messages/carePage.zh-CN';
import { careCampaignsZhCN } from './messages/careCampaigns.zh-CN';
import { orderCallsZhCN } from './messages/orderCalls.zh-CN';
import { orderIssuesZhCN } from './messages/orderIssues.zh-CN';
import { notificationsZhCN } from './messages/notifications.zh-CN';
import { serviceTypesZhCN } from './messages/serviceTypes.zh-CN';
import { processDesignZhCN } from './messages/processDesign.zh-CN';
import { deskZhCN } from './messages/desk.zh-CN';
import { casesZhCN } from './messages/cases.zh-CN';
import { auditZhCN } from './messages/audit.zh-CN';
import { knowledgeZhCN } from './messages/knowledge.zh-CN';
import { handoversZhCN } from './messages/handovers.zh-CN';
import { decisionsZhCN } from './messages/decisions.zh-CN';
import { wallboardZhCN } from './messages/wallboard.zh-CN';
import { callsZhCN } from './messages/calls.zh-CN';
import { stepHeatZhCN } from './messages/stepHeat.zh-CN';

// Simplified Chinese UI text: the default language and the source of the key set.
export const zhCN = {
  app: {
    name: 'CareFlow 养老·救助热线',
    shortName: 'CareFlow',
  },
  common: {
    loading: '加载中…',
    seedActor: '系统预置',
    comingSoon: '功能建设中，即将上线',
    comingSoonHint: '该模块将在后续版本中提供，敬请期待。',
    backHome: '返回首页',
    save: '保存',
    saved: '已保存',
    cancel: '取消',
    close: '关闭',
    edit: '编辑',
    delete: '删除',
    deleted: '已删除',
    add: '新增',
    back: '返回',
    reset: '重置',
    reload: '重新加载',
    remove: '删除',
    moveUp: '上移',
    moveDown: '下移',
    actions: '操作',
    yes: '是',
    no: '否',
    required: '必填',
    dateFormat: '请按 YYYY-MM-DD 填写',
    total: '共 {{count}} 条',
    confirmDelete: '确定删除吗？',
  },
  errors: {
    network: '无法连接服务器，请检查网络后重试。',
    forbidden: '您没有权限执行此操作。',
    notFound: '记录不存在或已被删除。',
    invalid: '输入有误：',
    conflict: '操作未完成：',
    failed: '操作失败，请稍后重试。',
    unavailable: '服务暂时不可用，请稍后重试。',
    rateLimited: '操作过于频繁，请稍后再试。',
    tooLarge: '内容过大，无法提交。',
    unsupportedMedia: '文件类型不受支持。',
  },
  elders: eldersZhCN,
  admin: adminZhCN,
  providers: providersZhCN,
  sms: smsZhCN,
  telephony: telephonyZhCN,
  calls: callsZhCN,
  stepHeat: stepHeatZhCN,
  dispatches: dispatchesZhCN,
  billing: billingZhCN,
  statements: statementsZhCN,
  periodicNeeds: periodicNeedsZhCN,
  care: careZhCN,
  carePage: carePageZhCN,
  careCampaigns: careCampaignsZhCN,
  orderCalls: orderCallsZhCN,
  orderIssues: orderIssuesZhCN,
  notifications: notificationsZhCN,
  serviceTypes: serviceTypesZhCN,
  processDesign: processDesignZhCN,
  desk: deskZhCN,
  cases: casesZhCN,
  audit: auditZhCN,
  knowledge: knowledgeZhCN,
  handovers: handoversZhCN,
  decisions: decisionsZhCN,
  wallboard: wallboardZhCN,
  forms: formsZhCN,
  imports: importsZhCN,
  problems: problemsZhCN,
  reports: reportsZhCN,
  menu: {
    wallboard: '值班大屏',
    desk: '工作台',
    cases: '工单',
    elders: '老人档案',
    processes: '流程设计',
    serviceTypes: '服务类型',
    decisions: '决策表',
    forms: '表单设计',
    providers: '服务商',
    dispatches: '服务商工单',
    statements: '收费清单',
    settlements: '结算',
    subsidyReport: '补贴报表',
    billingMonths: '月结',
    subsidyRules: '补贴规则',
    care: '主动关怀',
    sms: '短信',
    knowledge: '知识库',
    telephony: '坐席电话',
    calls: '通话记录',
    reports: '统计报表',
    audit: '审计日志',
    admin: '系统管理',
  },
  header: {
    language: '语言',
    logout: '退出登录',
    collapseMenu: '收起菜单',
    expandMenu: '展开菜单',
  },
  language: {
    zhCN: '简体中文',
    en: 'English',
  },
  login: {
    title: '用户登录',
    subtitle: '养老服务与社会救助热线服务流程平台',
    username: '用户名',
    password: '密码',
    usernamePlaceholder: '请输入用户名',
    passwordPlaceholder: '请输入密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    submit: '登录',
    invalidCredentials: '用户名或密码错误；连续多次登录失败的账户会被暂时锁定，请稍后再试或联系管理员',
    failed: '登录失败，请稍后重试',
    networkError: '无法连接服务器，请检查网络后重试',
  },
  changePassword: {
    title: '请设置您自己的密码',
    hint: '当前密码由管理员设置。设置新密码后才能继续使用系统，其他设备上的登录会同时退出。',
    current: '当前密码',
    next: '新密码',
    confirm: '确认新密码',
    mismatch: '两次输入的密码不一致',
    submit: '设置新密码',
    logout: '退出登录',
    menu: '修改密码',
    own: '修改密码',
    ownHint: '修改后，您在其他设备上的登录会同时退出。',
    save: '保存新密码',
    done: '密码已修改',
  },
  health: {
    ok: '运行正常',
    degraded: '服务异常',
    checking: '检测中',
    unreachable: '无法获取服务状态',
    engineVersion: '引擎版本',
    processEngineVersion: '流程引擎版本',
    processEngineStatus: '流程引擎状态',
    databaseType: '数据库类型',
    databaseStatus: '数据库状态',
    unknown: '未知',
  },
  noAccess: {
    title: '无权访问',
    subtitle: '您的角色不能使用此页面，请从左侧菜单进入您的工作页面。',
  },
  notFound: {
    title: '页面不存在',
    subtitle: '您访问的页面不存在或已被移除。',
  },
};

export type Messages = typeof zhCN;
