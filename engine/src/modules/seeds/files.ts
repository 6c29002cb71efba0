import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { newServiceItemBody, newServiceTypeBody, serviceTypeSettingsBody } from '@careflow/contracts';

/**
 * The service types CareFlow ships, one folder each beside this file (copied next to the compiled
 * code by the build): service-type.json, the BPMN model it names (camunda: namespace) and
 * forms/<key>.json.
 */
export const SHIPPED_SERVICE_TYPES = ['emergency-rescue', 'household-help', 'policy-consultation', 'complaint', 'proactive-care'];

const SeedSpec = newServiceTypeBody.extend({
  bpmn: z.string().regex(/^[\w.-]+\.bpmn$/),
  /** Decision tables (决策表) its process calls, published before it: DMN files beside the BPMN. */
  decisions: z.array(z.string().regex(/^[\w.-]+\.dmn$/)).default([]),
  settings: serviceTypeSettingsBody,
  groups: z.array(z.strictObject({ key: z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/), name: z.string().min(1).max(128) })).default([]),
  /** Catalog items its process dispatches (an admin sets prices and the providers that offer them). */
  serviceItems: z.array(newServiceItemBody).default([]),
});
const SeedForm = z.strictObject({ key: z.string().min(1).max(100), title: z.string().min(1).max(200), schema: z.record(z.string(), z.unknown()) });

export type SeedForm = z.infer<typeof SeedForm>;
export interface ServiceTypeSeed {
  spec: z.infer<typeof SeedSpec>;
  bpmnXml: string;
  forms: SeedForm[];
  decisions: { name: string; xml: string }[];
}

/** Reads one shipped service type; a broken seed is a programming error and throws with its file. */
export function readSeed(name: string, root = path.join(__dirname, name)): ServiceTypeSeed {
  const json = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  const spec = SeedSpec.parse(json(path.join(root, 'service-type.json')));
  const formDir = path.join(root, 'forms');
  const forms = fs
    .readdirSync(formDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => SeedForm.parse(json(path.join(formDir, f))));
  const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
  return { spec, bpmnXml: read(spec.bpmn), forms, decisions: spec.decisions.map((name) => ({ name, xml: read(name) })) };
}
