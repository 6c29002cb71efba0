import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface ModelProblem {
  elementId?: string;
  message: string;
}

const BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/** DTDs serve XML entity attacks (files, URLs, billion laughs) and no BPMN model needs one. */
const DTD = /<!\s*(DOCTYPE|ENTITY)\b/i;

/**
 * Cheap checks before the process engine sees the model: no DOCTYPE or ENTITY (refused before any parser reads
 * it), well-formed XML with BPMN definitions at the root.
 */
export function checkBpmnXml(xml: string): ModelProblem[] {
  const dtd = DTD.exec(xml);
  if (dtd) return [{ message: `The model declares a ${dtd[1].toUpperCase()}: BPMN needs none, and models with DOCTYPE or ENTITY declarations are refused` }];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const where = `line ${valid.err.line}${valid.err.col === undefined ? '' : `, column ${valid.err.col}`}`;
    return [{ message: `Malformed XML at ${where}: ${valid.err.msg}` }];
  }
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as Record<string, unknown>;
  const rootName = Object.keys(doc).find((k) => !k.startsWith('?'));
  const root = rootName ? (doc[rootName] as Record<string, unknown>) : undefined;
  const localName = rootName?.split(':').pop();
  const prefix = rootName?.includes(':') ? rootName.split(':')[0] : undefined;
  const ns = root && typeof root === 'object' ? root[prefix ? `@xmlns:${prefix}` : '@xmlns'] : undefined;
  if (localName !== 'definitions' || ns !== BPMN_NS) {
    return [{ message: `Not a BPMN 2.0 model: the root element must be <definitions> in namespace ${BPMN_NS}` }];
  }
  return [];
}
