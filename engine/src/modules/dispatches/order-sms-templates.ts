/** The SMS templates of new orders; seeded by a dispatches schema step, admins edit their text on the SMS page. */
export const NEW_ORDER_SMS = {
  key: 'provider_new_order',
  name: '新派单通知服务商',
  content: '【养老服务热线】您有新的派单：{{item}}，工单号 {{caseNumber}}，接单时限：{{answerBy}}。请登录服务商门户接单。',
};

export const STAFF_ORDER_SMS = {
  key: 'staff_new_order',
  name: '派单通知服务人员',
  content: '【养老服务热线】{{provider}}派给您一张工单：{{item}}，工单号 {{caseNumber}}，完成时限：{{workBy}}。详情请登录服务商门户查看。',
};
