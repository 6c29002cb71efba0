import { templated } from '../registry';
import { writeTemplates } from './template-files';

/** Build step: `node connectors/dist/templates/write.js` writes connectors/templates/. */
const { written, problems } = writeTemplates(templated);
for (const file of written) process.stdout.write(`element template written: ${file}\n`);
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
