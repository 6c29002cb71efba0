import type { Messages } from './zh-CN';

// English UI text; typed as Messages so a missing or extra key fails to compile.
export const en: Messages = {
  app: {
    name: 'CareFlow Elderly Care & Assistance Hotline',
    shortName: 'CareFlow',
  },
  common: {
    loading: 'Loading…',
    comingSoon: 'Coming soon',
    comingSoonHint: 'This module will be available in a later release.',
    backHome: 'Back to desk',
  },
  menu: {
    desk: 'Desk',
    cases: 'Cases',
    elders: 'Elder files',
    processes: 'Process design',
    forms: 'Form design',
    providers: 'Providers',
    reports: 'Reports',
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
    invalidCredentials: 'Incorrect username or password',
    failed: 'Sign-in failed, please try again later',
    networkError: 'Cannot reach the server, please check the network and retry',
  },
  health: {
    ok: 'Operational',
    degraded: 'Service degraded',
    checking: 'Checking',
    unreachable: 'Service status unavailable',
    engineVersion: 'Engine version',
    zeebeVersion: 'Zeebe version',
    zeebeStatus: 'Zeebe status',
    databaseType: 'Database type',
    databaseStatus: 'Database status',
    unknown: 'Unknown',
  },
  notFound: {
    title: 'Page not found',
    subtitle: 'The page you are looking for does not exist or was removed.',
  },
};
