import { templated } from '../registry';
import { writeC7Templates } from './c7/template-files';
import { writeTemplates } from './template-files';

/** Build step: `node connectors/dist/templates/write.js` writes connectors/templates/ (Camunda 8) and connectors/templates/c7/ (Camunda 7). */
const results = [writeTemplates(templated), writeC7Templates(templated)];
const written = results.flatMap((r) => r.written);
const problems = results.flatMap((r) => r.problems);
for (const file of written) process.stdout.write(`element template written: ${file}\n`);
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
