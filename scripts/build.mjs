import { ensureBuilt, ensureDependencies } from './setup.mjs';

ensureDependencies();
ensureBuilt();
