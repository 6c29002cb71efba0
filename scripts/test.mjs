// `npm test`: the same set-up as `npm start`, then typecheck, lint, the import-circle check and every test (jest starts one process engine).
import path from 'node:path';
import { ensureBuilt, ensureDependencies, root, run } from './setup.mjs';

ensureDependencies();
ensureBuilt();
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, 'bin', file);
run(process.execPath, [bin('typescript', 'tsc'), '-p', 'web', '--noEmit']);
run(process.execPath, [bin('eslint', 'eslint.js'), '--max-warnings', '0', '.']);
run(process.execPath, [path.join(root, 'scripts', 'check-circles.mjs')]);
run(process.execPath, [bin('jest', 'jest.js'), ...process.argv.slice(2)]);
