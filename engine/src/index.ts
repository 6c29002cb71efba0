export { loadEngineConfig } from './config';
export type { EngineConfig } from './config';
export { openDatabase } from './db/data-source';
export { startEngine } from './engine';
export type { RunningEngine } from './engine';
export { LocalOperaton } from './embedded/operaton/local-operaton';
