import { connectorsEnvSchema } from '@careflow/connectors';
import fs from 'node:fs';
import path from 'node:path';
import { describeEnv, engineEnvSchema, REPO_ROOT } from '.';

describe('README configuration table', () => {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

  it.each([...describeEnv(engineEnvSchema), ...describeEnv(connectorsEnvSchema)].map((v) => [v.name, v]))(
    'given the variable %s, when the README is read, then its row names it with its default',
    (name, variable) => {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row).toBeDefined();
      const shownDefault = variable.default === undefined ? '—' : `\`${variable.default.replace(REPO_ROOT, '<repo>')}\``;
      expect(row).toContain(`| ${shownDefault} |`);
    },
  );
});
