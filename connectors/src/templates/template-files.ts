import fs from 'node:fs';
import path from 'node:path';
import { TemplateDescriptor } from '../runtime/descriptor';
import { elementTemplate } from './element-template';

/** connectors/templates: the newest template of each connector, and every released version under versioned/. */
export const TEMPLATES_DIR = path.resolve(__dirname, '..', '..', 'templates');

export const templateText = (descriptor: TemplateDescriptor) => `${JSON.stringify(elementTemplate(descriptor), null, 2)}\n`;
export const latestFile = (d: TemplateDescriptor) => path.join(TEMPLATES_DIR, `careflow.${d.id}.json`);
export const versionedFile = (d: TemplateDescriptor) => path.join(TEMPLATES_DIR, 'versioned', `careflow.${d.id}-${d.version}.json`);

/**
 * Writes the templates. A released version never changes: if a connector's template differs from
 * the file of its version, the connector needs a new version (and job type) instead.
 */
export function writeTemplates(descriptors: TemplateDescriptor[]): { written: string[]; problems: string[] } {
  return writeTemplateFiles(descriptors, TEMPLATES_DIR, templateText);
}

/** Writes `<dir>/careflow.<id>.json` and `<dir>/versioned/careflow.<id>-<version>.json` of each descriptor, refusing to change a released one. */
export function writeTemplateFiles(descriptors: TemplateDescriptor[], dir: string, textOf: (d: TemplateDescriptor) => string): { written: string[]; problems: string[] } {
  const written: string[] = [];
  const problems: string[] = [];
  fs.mkdirSync(path.join(dir, 'versioned'), { recursive: true });
  for (const d of descriptors) {
    const text = textOf(d);
    const released = path.join(dir, 'versioned', `careflow.${d.id}-${d.version}.json`);
    if (fs.existsSync(released) && fs.readFileSync(released, 'utf8') !== text) {
      problems.push(`careflow:${d.id}:${d.version}: its template changed after release (${path.relative(TEMPLATES_DIR, released)}); give the connector version ${d.version + 1}`);
      continue;
    }
    for (const file of [released, path.join(dir, `careflow.${d.id}.json`)]) {
      if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) continue;
      fs.writeFileSync(file, text);
      written.push(path.relative(TEMPLATES_DIR, file));
    }
  }
  return { written, problems };
}
