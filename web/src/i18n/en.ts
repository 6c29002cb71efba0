import { reportsEn } from './messages/reports.en';
import { problemsEn } from './messages/problems.en';
import { adminEn } from './messages/admin.en';
import { eldersEn } from './messages/elders.en';
import { formsEn } from './messages/forms.en';
import { importsEn } from './messages/imports.en';
import { providersEn } from './messages/providers.en';
import { smsEn } from './messages/sms.en';
import { telephonyEn } from './messages/telephony.en';
import { dispatchesEn } from './messages/dispatches.en';
import { billingEn } from './messages/billing.en';
import { statementsEn } from './messages/statements.en';
import { periodicNeedsEn } from './messages/periodicNeeds.en';
import { careEn } from './messages/care.en';
import { carePageEn } from './messages/carePage.en';
import { careCampaignsEn } from './messages/careCampaigns.en';
import { orderCallsEn } from './messages/orderCalls.en';
import { orderIssuesEn } from './messages/orderIssues.en';
import { notificationsEn } from './messages/notifications.en';
import { serviceTypesEn } from './messages/serviceTypes.en';
import type { Messages } from './zh-CN';
import { processDesignEn } from './messages/processDesign.en';
import { deskEn } from './messages/desk.en';
import { casesEn } from './messages/cases.en';
import { auditEn } from './messages/audit.en';
import { knowledgeEn } from './messages/knowledge.en';
import { handoversEn } from './messages/handovers.en';
import { decisionsEn } from './messages/decisions.en';
import { wallboardEn } from './messages/wallboard.en';
import { callsEn } from './messages/calls.en';
import { stepHeatEn } from './messages/stepHeat.en';

// English UI text; typed as Messages so a missing or extra key fails to compile.
export const en: Messages = {
  app: {
    name: 'CareFlow Elderly Care & Assistance Hotline',
    shortName: 'CareFlow',
  },
  common: {
    loading: 'Loading…',
    seedActor: 'Shipped with CareFlow',
    comingSoon: 'Coming soon',
    comingSoonHint: 'This module will be available in a later release.',
    backHome: 'Back to my start page',
    save: 'Save',
    saved: 'Saved',
    cancel: 'Cancel',
    close: 'Close',
    edit: 'Edit',
    delete: 'Delete',
    deleted: 'Deleted',
    add: 'Add',
    back: 'Back',
    reset: 'Reset',
    reload: 'Reload',
    remove: 'Remove',
    moveUp: 'Move up',
    moveDown: 'Move down',
    actions: 'Actions',
    yes: 'Yes',
    no: 'No',
    required: 'Required',
    dateFormat: 'Use YYYY-MM-DD',
    total: '{{count}} in total',
    confirmDelete: 'Delete it?',
  },
  errors: {
    network: 'Cannot reach the server; check the network and retry.',
    forbidden: 'You are not allowed to do this.',
    notFound: 'The record does not exist or was removed.',
    invalid: 'Invalid input:',
    conflict: 'Not done:',
    failed: 'Something went wrong; please try again later.',
    unavailable: 'The service is unavailable for now; please try again later.',
    rateLimited: 'Too many requests; please wait a moment.',
    tooLarge: 'Too large to send.',
    unsupportedMedia: 'This file type is not accepted.',
  },
  elders: eldersEn,
  admin: adminEn,
  providers: providersEn,
  sms: smsEn,
  telephony: telephonyEn,
  calls: callsEn,
  stepHeat: stepHeatEn,
  dispatches: dispatchesEn,
  billing: billingEn,
  statements: statementsEn,
  periodicNeeds: periodicNeedsEn,
  care: careEn,
  carePage: carePageEn,
  careCampaigns: careCampaignsEn,
  orderCalls: orderCallsEn,
  orderIssues: orderIssuesEn,
  notifications: notificationsEn,
  serviceTypes: serviceTypesEn,
  processDesign: processDesignEn,
  desk: deskEn,
  cases: casesEn,
  audit: auditEn,
  knowledge: knowledgeEn,
  handovers: handoversEn,
  decisions: decisionsEn,
  wallboard: wallboardEn,
  forms: formsEn,
  imports: importsEn,
  problems: problemsEn,
  reports: reportsEn,
  menu: {
    wallboard: 'Duty wallboard',
    desk: 'Desk',
    cases: 'Cases',
    elders: 'Elder files',
    processes: 'Process design',
    serviceTypes: 'Service types',
    decisions: 'Decision tables',
    forms: 'Form design',
    providers: 'Providers',
    dispatches: 'Provider orders',
    statements: 'Statements',
    settlements: 'Settlements',
    subsidyReport: 'Subsidy report',
    billingMonths: 'Month close',
    subsidyRules: 'Subsidy rules',
    care: 'Proactive care',
    sms: 'SMS',
    knowledge: 'Knowledge base',
    telephony: 'Softphone',
    calls: 'Call log',
    reports: 'Reports',
    audit: 'Audit log',
    admin: 'Administration',
  },
  header: {
    language: 'Language',
    logout: 'Sign out',
    collapseMenu: 'Collapse menu',
    expandMenu: 'Expand menu',
  },
  language: {
    zhCN: '简体中文',
    en: 'English',
  },
  login: {
    title: 'Sign in',
    subtitle: 'Service-process platform for the elderly-care and assistance hotline',
    username: 'Username',
    password: 'Password',
    usernamePlaceholder: 'Enter your username',
    passwordPlaceholder: 'Enter your password',
    usernameRequired: 'Please enter your username',
    passwordRequired: 'Please enter your password',
    submit: 'Sign in',
    invalidCredentials: 'Incorrect username or password; after repeated failures an account is locked for a while, try later or ask an administrator',
    failed: 'Sign-in failed, please try again later',
    networkError: 'Cannot reach the server, please check the network and retry',
  },
  changePassword: {
    title: 'Choose your own password',
    hint: 'Your current password was set by an administrator. Choose a new one to continue; your sessions elsewhere end.',
    current: 'Current password',
    next: 'New password',
    confirm: 'Confirm new password',
    mismatch: 'The two passwords differ',
    submit: 'Set new password',
    logout: 'Log out',
    menu: 'Change password',
    own: 'Change password',
    ownHint: 'Your sessions on other devices end when you change it.',
    save: 'Save new password',
    done: 'Password changed',
  },
  health: {
    ok: 'Operational',
    degraded: 'Service degraded',
    checking: 'Checking',
    unreachable: 'Service status unavailable',
    engineVersion: 'Engine version',
    processEngineVersion: 'Process engine version',
    processEngineStatus: 'Process engine status',
    databaseType: 'Database type',
    databaseStatus: 'Database status',
    unknown: 'Unknown',
  },
  noAccess: {
    title: 'No access',
    subtitle: 'Your role cannot use this page; open your work from the menu on the left.',
  },
  notFound: {
    title: 'Page not found',
    subtitle: 'The page you are looking for does not exist or was removed.',
  },
};
