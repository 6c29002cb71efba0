/** One broker for the whole run (global setup); test files run one at a time because they share it. */
const project = (name) => ({
  displayName: name,
  rootDir: `<rootDir>/${name}`,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: `<rootDir>/tsconfig.json`, diagnostics: false }] },
  moduleNameMapper: { '^@careflow/(forms|connectors|contracts)$': '<rootDir>/../$1/src', '^@careflow/contracts/dist/(.*)$': '<rootDir>/../contracts/src/$1' },
});

/** The web app's pure modules (the designer's model); its pages are tested in Chromium from engine/. */
const web = {
  ...project('web'),
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', target: 'ES2022', esModuleInterop: true, isolatedModules: true, jsx: 'react-jsx', strict: true }, diagnostics: false }] },
  moduleNameMapper: { '^@careflow/(forms|connectors|contracts)(/src/index)?$': '<rootDir>/../$1/src' },
};

/** Camunda's template validator needs min-dash, which ships only as an ES module: compile it for jest. */
const connectors = {
  ...project('connectors'),
  transform: { ...project('connectors').transform, '^.+min-dash/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs' }, diagnostics: false }] },
  transformIgnorePatterns: ['/node_modules/(?!min-dash/)'],
};

/**
 * The modeler's pure parts (lint rules, due dates, lint-message zh-CN). bpmnlint's moddle and the
 * camunda-compat rules' helpers ship only as ES modules: compile those for jest as well.
 */
const ESM_ONLY = ['bpmnlint-plugin-camunda-compat', 'bpmn-js-i18n', 'min-dash', 'bpmn-moddle', 'moddle', 'moddle-xml', 'saxen', '@bpmn-io', 'bpmnlint-utils', '@lezer', 'lezer-feel', 'feelin', '@camunda/feel-builtins'];
const modeler = {
  ...project('modeler'),
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', target: 'ES2022', esModuleInterop: true, isolatedModules: true, strict: true }, diagnostics: false }],
    '^.+\\.(m?js|cjs)$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', esModuleInterop: true, isolatedModules: true }, diagnostics: false }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})(/|$))`],
  moduleNameMapper: {},
};

/**
 * The engine runs the modeler's Camunda 7 lint (its publish check) from the modeler's source, and so
 * needs the same ES-module-only packages compiled; Node itself loads them with require(esm).
 */
const engine = {
  ...project('engine'),
  transform: { ...project('engine').transform, '/node_modules/.+\\.(m?js|cjs)$': modeler.transform['^.+\\.(m?js|cjs)$'] },
  transformIgnorePatterns: modeler.transformIgnorePatterns,
  moduleNameMapper: { ...project('engine').moduleNameMapper, '^@careflow/modeler/dist/(.*)$': '<rootDir>/../modeler/src/$1' },
  // Each file's leftover process instances go before the next file starts (see the file).
  setupFilesAfterEnv: ['<rootDir>/src/testing/operaton-cleanup.ts'],
};

module.exports = {
  rootDir: __dirname,
  projects: [engine, project('contracts'), project('forms'), connectors, web, modeler],
  globalSetup: '<rootDir>/engine/test/global-setup.js',
  globalTeardown: '<rootDir>/engine/test/global-teardown.js',
  maxWorkers: 1,
  verbose: true,
  testTimeout: 120000,
};
