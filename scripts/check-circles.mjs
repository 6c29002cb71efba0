// Fails when any package's TypeScript imports go round in a circle (type-only imports included):
// a circle makes load order matter and hides which module owns what. Run by `npm test`.
import path from 'node:path';
import madge from 'madge';
import { root } from './setup.mjs';

const PACKAGES = ['contracts', 'forms', 'connectors', 'modeler', 'engine', 'web', 'bench'];
/** Besides each package's src: its test helpers, and the web app's browser tests. */
const TESTS = { connectors: ['test/support'], engine: ['test/support'], web: ['e2e'] };

let found = 0;
for (const name of PACKAGES) {
  for (const folder of ['src', ...(TESTS[name] ?? [])]) {
    const graph = await madge(path.join(root, name, folder), {
      fileExtensions: ['ts', 'tsx'],
      tsConfig: path.join(root, name === 'web' && folder === 'src' ? 'web' : '.', 'tsconfig.json'),
      excludeRegExp: [/\.d\.ts$/, /[\\/]dist(-test)?[\\/]/],
    });
    for (const circle of graph.circular()) {
      found++;
      console.error(`import circle in ${name}/${folder}: ${[...circle, circle[0]].join(' → ')}`);
    }
  }
}
if (found > 0) {
  console.error(`\n${found} import circle(s): break each (move the shared type or function to the module both use).`);
  process.exit(1);
}
console.log(`No import circles in ${PACKAGES.join(', ')} (src, test helpers, browser tests).`);
