import type { CareChannel, CareKind, CareOutcome } from '@careflow/contracts';

/**
 * A care plan's kinds, channels and outcomes in zh-CN, as the engine writes them into Excel (the 关怀
 * page's export, the plans' import and export); the web app's care.* labels say the same.
 */
export const KIND_LABELS: Record<CareKind, string> = { care_call: '关怀电话', birthday: '生日祝福', reminder: '缴费/预约提醒', medication: '用药提醒', home_visit: '上门探视' };
export const CHANNEL_LABELS: Record<CareChannel, string> = { agent: '坐席外呼', robot: '机器人外呼', visit: '上门探视' };
export const OUTCOME_LABELS: Record<CareOutcome, string> = {
  pending: '进行中',
  fine: '平安',
  needs_help: '需要帮助',
  unreached: '未联系上',
  visited_fine: '探视平安',
  visit_needs_help: '探视需帮助',
  not_found: '探视未见到人',
  canceled: '已取消',
};
