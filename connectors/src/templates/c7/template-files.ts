import path from 'node:path';
import { TemplateDescriptor } from '../../runtime/descriptor';
import { TEMPLATES_DIR, writeTemplateFiles } from '../template-files';
import { c7ElementTemplate } from './element-template';

/** connectors/templates/c7: the Camunda 7 (Operaton) templates, newest and every released version under versioned/. */
export const C7_TEMPLATES_DIR = path.join(TEMPLATES_DIR, 'c7');

export const c7TemplateText = (d: TemplateDescriptor) => `${JSON.stringify(c7ElementTemplate(d), null, 2)}\n`;
export const c7LatestFile = (d: TemplateDescriptor) => path.join(C7_TEMPLATES_DIR, `careflow.${d.id}.json`);
export const c7VersionedFile = (d: TemplateDescriptor) => path.join(C7_TEMPLATES_DIR, 'versioned', `careflow.${d.id}-${d.version}.json`);

/** Writes the Camunda 7 templates; a released version never changes (see writeTemplateFiles). */
export const writeC7Templates = (descriptors: TemplateDescriptor[]) => writeTemplateFiles(descriptors, C7_TEMPLATES_DIR, c7TemplateText);
