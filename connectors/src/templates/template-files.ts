import fs from 'node:fs';
import path from 'node:path';
import { TemplateDescriptor } from '../runtime/descriptor';

/** connectors/templates: the generated element templates live under it (c7/: see ./c7/template-files). */
export const TEMPLATES_DIR = path.resolve(__dirname, '..', '..', 'templates');

/**
 * Writes `<dir>/careflow.<id>.json` (of the newest version of each connector) and `<dir>/versioned/careflow.<id>-<version>.json` of
 * each descriptor. A released version never changes: if a connector's template differs from the file
 * of its version, the connector needs a new version (and topic) instead, and nothing is written for it.
 */
export function writeTemplateFiles(descriptors: TemplateDescriptor[], dir: string, textOf: (d: TemplateDescriptor) => string): { written: string[]; problems: string[] } {
  const written: string[] = [];
  const problems: string[] = [];
  fs.mkdirSync(path.join(dir, 'versioned'), { recursive: true });
  const newest = new Map<string, number>();
  for (const d of descriptors) newest.set(d.id, Math.max(newest.get(d.id) ?? 0, d.version));
  for (const d of descriptors) {
    const text = textOf(d);
    const released = path.join(dir, 'versioned', `careflow.${d.id}-${d.version}.json`);
    if (fs.existsSync(released) && fs.readFileSync(released, 'utf8') !== text) {
      problems.push(`careflow:${d.id}:${d.version}: its template changed after release (${path.relative(TEMPLATES_DIR, released)}); give the connector version ${d.version + 1}`);
      continue;
    }
    // An older version still served (models published with it run on) keeps its versioned file only.
    const files = newest.get(d.id) === d.version ? [released, path.join(dir, `careflow.${d.id}.json`)] : [released];
    for (const file of files) {
      if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) continue;
      fs.writeFileSync(file, text);
      written.push(path.relative(TEMPLATES_DIR, file));
    }
  }
  return { written, problems };
}
