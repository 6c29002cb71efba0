import { z } from 'zod';
import { defineConnector } from '../runtime/descriptor';
import { field } from '../runtime/template-fields';
import { notifyUsers } from './run';

const groupKeys = () => z.array(z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/)).max(50).default([]);
const inputV1 = {
  users: field(z.array(z.string().regex(/^[A-Za-z0-9_.-]{2,64}$/)).max(200).default([]), { label: { 'zh-CN': '用户名列表', en: 'Usernames' } }),
  groups: field(groupKeys(), { label: { 'zh-CN': '用户组列表', en: 'Groups' } }),
  title: field(z.string().trim().min(1).max(200), { label: { 'zh-CN': '标题', en: 'Title' } }),
  body: field(z.string().max(2000).default(''), { label: { 'zh-CN': '内容', en: 'Body' }, type: 'Text' }),
  level: field(z.enum(['info', 'warning', 'urgent']).default('info'), { label: { 'zh-CN': '级别', en: 'Level' }, type: 'Dropdown' }),
  sms: field(z.boolean().default(false), { label: { 'zh-CN': '同时发送短信', en: 'Also by SMS' }, type: 'Boolean' }),
};
const common = {
  id: 'notify',
  name: { 'zh-CN': '站内通知', en: 'Notify users' },
  output: { notification: { 'zh-CN': '通知：接收人数、短信条数', en: 'The notification: recipients and SMS sent' } },
  errors: { NO_RECIPIENT: { 'zh-CN': '接收人不存在或无有效用户', en: 'No such recipients, or none active' } },
};

/** 站内通知 version 1 (released): users and groups. Kept so that published models using it run on. */
export const notifyConnectorV1 = defineConnector({
  ...common,
  version: 1,
  description: {
    'zh-CN': '向用户或用户组发送站内通知（实时推送到页面右上角的铃铛），可选同时发送短信。',
    en: 'Sends an in-app notification to users or groups (pushed live to the bell in the header), optionally by SMS too.',
  },
  input: z.object(inputV1).refine((v) => v.users.length + v.groups.length > 0, { message: 'name at least one user or group', path: ['users'] }),
  run: (input, ctx) => notifyUsers({ ...input, groupHeads: [] }, ctx),
});

/** 站内通知: in-app notifications to users, groups and departments' heads (督办), live in their browsers, optionally by SMS too. */
export const notifyConnector = defineConnector({
  ...common,
  version: 2,
  description: {
    'zh-CN': '向用户、用户组或部门负责人（用户组中的值班长，用于督办）发送站内通知（实时推送到页面右上角的铃铛），可选同时发送短信。',
    en: 'Sends an in-app notification to users, groups or departments’ heads (the supervisors of a group, for 督办), pushed live to the bell in the header, optionally by SMS too.',
  },
  input: z
    .object({ ...inputV1, groupHeads: field(groupKeys(), { label: { 'zh-CN': '部门负责人（这些用户组中的值班长）', en: 'Department heads (the supervisors of these groups)' } }) })
    .refine((v) => v.users.length + v.groups.length + v.groupHeads.length > 0, { message: 'name at least one user, group or department head', path: ['users'] }),
  run: (input, ctx) => notifyUsers(input, ctx),
});
