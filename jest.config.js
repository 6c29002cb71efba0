/** One broker for the whole run (global setup); test files run one at a time because they share it. */
const project = (name, tsconfig = 'tsconfig.json') => ({
  displayName: name,
  rootDir: `<rootDir>/${name}`,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: `<rootDir>/${tsconfig}`, diagnostics: false }] },
  // Test helpers (test/support) reach their package's code as '@careflow/<package>/dist/…': the source, as for the tests.
  moduleNameMapper: { '^@careflow/(forms|connectors|contracts)$': '<rootDir>/../$1/src', '^@careflow/(contracts|connectors|engine)/dist/(.*)$': '<rootDir>/../$1/src/$2' },
});

/** The web app's pure modules (the designer's model); its pages are tested in Chromium by web/e2e (the `web-e2e` project below). */
const web = {
  ...project('web'),
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', target: 'ES2022', esModuleInterop: true, isolatedModules: true, jsx: 'react-jsx', strict: true }, diagnostics: false }] },
  moduleNameMapper: { '^@careflow/(forms|connectors|contracts)(/src/index)?$': '<rootDir>/../$1/src' },
};

/** Camunda's template validator needs min-dash, which ships only as an ES module: compile it for jest. */
const connectors = {
  ...project('connectors', 'tsconfig.test.json'),
  transform: { ...project('connectors', 'tsconfig.test.json').transform, '^.+min-dash/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs' }, diagnostics: false }] },
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
  ...project('engine', 'tsconfig.test.json'),
  transform: { ...project('engine', 'tsconfig.test.json').transform, '/node_modules/.+\\.(m?js|cjs)$': modeler.transform['^.+\\.(m?js|cjs)$'] },
  transformIgnorePatterns: modeler.transformIgnorePatterns,
  moduleNameMapper: { ...project('engine').moduleNameMapper, '^@careflow/modeler/dist/(.*)$': '<rootDir>/../modeler/src/$1' },
  // Each file's leftover process instances go before the next file starts (see the file).
  setupFilesAfterEnv: ['<rootDir>/../engine/test/support/operaton-cleanup.ts'],
};

/**
 * The web app's pages in Debian's Chromium (playwright-core), served by a test engine from web/dist:
 * the engine's code and test helpers run here as in the engine project, with the same clean-up.
 */
const webE2e = {
  ...engine,
  displayName: 'web-e2e',
  rootDir: '<rootDir>/web',
  testMatch: ['<rootDir>/e2e/**/*.test.ts'],
  transform: { ...engine.transform, '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/e2e/tsconfig.json', diagnostics: false }] },
};

module.exports = {
  rootDir: __dirname,
  projects: [engine, project('contracts'), project('forms'), connectors, web, webE2e, modeler],
  globalSetup: '<rootDir>/engine/test/global-setup.js',
  globalTeardown: '<rootDir>/engine/test/global-teardown.js',
  maxWorkers: 1,
  verbose: true,
  testTimeout: 120000,
};
