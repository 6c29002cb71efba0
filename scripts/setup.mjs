// Set-up shared by `npm start` and `npm test`. Node built-ins only: it runs before dependencies exist.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

/** Installs dependencies when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (fs.existsSync(installed) && mtime(installed) >= mtime(lock)) return;
  console.log('Installing dependencies…');
  // `npm install` follows the lock file; `npm ci` of npm 11 rejects the optional platform packages
  // that npm itself leaves out of the lock (e.g. @unrs/resolver-binding-*).
  run(npm, ['install', '--no-audit', '--no-fund']);
}

function newest(dir) {
  if (!fs.existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : mtime(full));
  }
  return latest;
}

/** Copies every file that is not TypeScript from src to dist, keeping its folder. */
function copyAssets(src, dist) {
  if (!fs.existsSync(src)) return;
  for (const entry of fs.readdirSync(src, { withFileTypes: true })) {
    const from = path.join(src, entry.name);
    const to = path.join(dist, entry.name);
    if (entry.isDirectory()) copyAssets(from, to);
    else if (!/\.tsx?$/.test(entry.name) && mtime(from) > mtime(to)) {
      fs.mkdirSync(dist, { recursive: true });
      fs.copyFileSync(from, to);
    }
  }
}

/** Compiles the TypeScript packages (incremental) and rebuilds the web app when its sources changed. */
export function ensureBuilt() {
  run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b']);
  // tsc emits only code: the engine's data files (shipped service types' BPMN and forms) go beside it.
  copyAssets(path.join(root, 'engine', 'src'), path.join(root, 'engine', 'dist'));
  // Element templates come from the connector descriptors; a changed released version stops the build.
  run(process.execPath, [path.join(root, 'connectors', 'dist', 'templates', 'write.js')]);
  const web = path.join(root, 'web');
  // The web app bundles the modeler, the contracts, the forms package (its expression evaluator and checks) and the connectors' element templates from source too.
  const bundled = Math.max(newest(path.join(root, 'contracts', 'src')), newest(path.join(root, 'modeler', 'src')), newest(path.join(root, 'forms', 'src')), newest(path.join(root, 'connectors', 'templates')));
  const sources = Math.max(bundled, newest(path.join(web, 'src')), mtime(path.join(web, 'index.html')), mtime(path.join(web, 'vite.config.ts')), mtime(path.join(web, 'package.json')));
  if (sources > mtime(path.join(web, 'dist', 'index.html'))) {
    console.log('Building the web app…');
    run(npm, ['run', 'build', '--silent', '-w', '@careflow/web']);
  }
}
