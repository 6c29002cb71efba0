import type { smsZhCN } from './sms.zh-CN';

export const smsEn: typeof smsZhCN = {
  tabs: { outbox: 'SMS outbox', templates: 'SMS templates' },
  status: { queued: 'Queued', sent: 'Sent', delivered: 'Delivered', failed: 'Failed' },
  outbox: {
    recipient: 'Search by phone',
    caseNumber: 'Find by case number',
    anyStatus: 'Any status',
    phone: 'Phone',
    recipientName: 'Recipient',
    content: 'Content',
    status: 'Status',
    adapter: 'Channel',
    createdAt: 'Created',
    deliveredAt: 'Delivered',
    case: 'Case',
    empty: 'No messages',
  },
  adapter: { outbox: 'Local outbox', smpp: 'SMS gateway (SMPP)', aliyun: 'Alibaba Cloud SMS' },
  templates: {
    new: 'New template',
    editTitle: 'Edit template: {{name}}',
    key: 'Key',
    keyFormat: 'Starts with a letter; letters, digits, ., _, -; at most 64',
    name: 'Name',
    content: 'Content',
    contentHint: 'Insert parameters as {{open}}name{{close}}, e.g. {{open}}elder{{close}}; at most 500 characters',
    params: 'Parameters',
    updatedAt: 'Updated',
    confirmDelete: 'Delete the template "{{name}}"? Processes that use it will not be able to send.',
    empty: 'No templates',
  },
};
