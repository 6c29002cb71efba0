// `npm start`: install, build, then run the engine, which starts Zeebe, the database and the connectors.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt, ensureDependencies, root } from './setup.mjs';

ensureDependencies();
ensureBuilt();

const engine = spawn(process.execPath, [path.join(root, 'engine', 'dist', 'main.js')], { cwd: root, stdio: 'inherit' });
// Ctrl-C reaches the engine through the terminal's process group; SIGTERM sent to us alone is passed on.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => engine.kill('SIGTERM'));
engine.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
