import fs from 'node:fs';
import path from 'node:path';

/** The engine's package version (engine/package.json, one level above src/ and dist/). */
export const ENGINE_VERSION: string = (
  JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }
).version;
