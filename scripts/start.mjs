// `npm start`: install, build, then run the engine, which starts the process engine (Operaton), the database and the connectors.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setInterval } from 'node:timers';
import { ensureBuilt, ensureDependencies, root } from './setup.mjs';

ensureDependencies();
ensureBuilt();

const engine = spawn(process.execPath, [path.join(root, 'engine', 'dist', 'main.js')], { cwd: root, stdio: 'inherit' });
const stop = () => engine.exitCode === null && engine.signalCode === null && engine.kill('SIGTERM');
// Ctrl-C reaches the engine through the terminal's process group; SIGTERM sent to us alone is passed on
// (package.json execs this script, so npm's own forwarding of SIGTERM lands here, not on a shell).
process.on('SIGINT', () => undefined);
process.on('SIGTERM', stop);
process.on('SIGHUP', stop);
// Whoever started us died without a signal reaching us (npm killed with SIGKILL): stop rather than linger.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && stop(), 1000).unref();
engine.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
