import { connectors } from '../registry';
import { writeC7Templates } from './c7/template-files';

/** Build step: `node connectors/dist/templates/write.js` writes the Camunda 7 element templates, connectors/templates/c7/. */
const { written, problems } = writeC7Templates(connectors);
for (const file of written) process.stdout.write(`element template written: ${file}\n`);
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
