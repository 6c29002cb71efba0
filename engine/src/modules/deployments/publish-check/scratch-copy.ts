import type { DeploymentResource } from '../../../operaton/deployments';
import { replaceAttributes, scanXml, type ScannedAttribute } from './xml-scan';

/**
 * The throw-away copy the engine parses: process ids, decision ids and the DMN definitions' id renamed
 * to scratch keys, so the copy never becomes a new version of a published process or decision (a
 * running case calling "latest" would pick it up), and message start events' names renamed, so their
 * subscriptions do not clash with the published version's. Nothing else changes, not even whitespace:
 * the engine's lines and columns point into the copy, and ids inside it map back to the model's.
 */
export interface ScratchCopy {
  resources: DeploymentResource[];
  /** The model's id for an id in the copy (the same id when it was not renamed). */
  originalId(id: string): string;
  /** A message from the engine with the copy's ids put back. */
  restore(text: string): string;
}

const REFERENCING = new Set(['processRef', 'bpmnElement', 'dmnElementRef']);
const hasLocalName = (name: string, local: string) => name === local || name.endsWith(`:${local}`);

function renameIn(xml: string, renamed: Map<string, string>, messageNames: Set<string>, suffix: string): string {
  const replacements: { attribute: ScannedAttribute; value: string }[] = [];
  for (const tag of scanXml(xml).tags) {
    for (const attribute of tag.attributes) {
      const local = attribute.name.split(':').pop()!;
      const id = tag.attributes.find((a) => a.name === 'id')?.value;
      if ((local === 'id' || REFERENCING.has(local)) && renamed.has(attribute.value)) replacements.push({ attribute, value: renamed.get(attribute.value)! });
      else if (local === 'href' && attribute.value.startsWith('#') && renamed.has(attribute.value.slice(1))) replacements.push({ attribute, value: `#${renamed.get(attribute.value.slice(1))}` });
      else if (local === 'name' && tag.localName === 'message' && id && messageNames.has(id)) replacements.push({ attribute, value: `${attribute.value}.${suffix}` });
    }
  }
  return replaceAttributes(xml, replacements);
}

export function scratchCopy(bpmn: DeploymentResource, decisions: DeploymentResource[], suffix: string): ScratchCopy {
  const renamed = new Map<string, string>();
  const rename = (id: string | undefined) => {
    if (id && !renamed.has(id)) renamed.set(id, `${id}_${suffix}`);
  };
  const bpmnTags = scanXml(bpmn.content).tags;
  for (const tag of bpmnTags) if (tag.localName === 'process') rename(tag.attributes.find((a) => a.name === 'id')?.value);
  const messageNames = new Set(
    bpmnTags
      .filter((t) => t.localName === 'messageEventDefinition' && t.path.at(-1) === 'startEvent')
      .flatMap((t) => t.attributes.filter((a) => hasLocalName(a.name, 'messageRef')).map((a) => a.value)),
  );
  for (const decision of decisions) {
    for (const tag of scanXml(decision.content).tags) {
      if (tag.localName === 'decision' || (tag.localName === 'definitions' && tag.path.length === 0)) rename(tag.attributes.find((a) => a.name === 'id')?.value);
    }
  }
  const back = new Map([...renamed].map(([from, to]) => [to, from]));
  return {
    resources: [bpmn, ...decisions].map((r) => ({ name: r.name, content: renameIn(r.content, renamed, messageNames, suffix) })),
    originalId: (id) => back.get(id) ?? id,
    restore: (text) => [...back].reduce((out, [scratch, original]) => out.split(scratch).join(original), text).split(`.${suffix}`).join(''),
  };
}
