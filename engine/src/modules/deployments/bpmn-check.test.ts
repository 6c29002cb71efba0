import { checkBpmnXml } from './bpmn-check';

const BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const CAMUNDA_NS = 'http://camunda.org/schema/1.0/bpmn';
const NOT_BPMN = `Not a BPMN 2.0 model: the root element must be <definitions> in namespace ${BPMN_NS}`;

const definitions = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n` +
  `<bpmn:definitions xmlns:bpmn="${BPMN_NS}" xmlns:camunda="${CAMUNDA_NS}" id="defs" targetNamespace="https://careflow.example/bpmn">\n` +
  `${body}\n</bpmn:definitions>\n`;

/** start → the given elements in a row. */
const processOf = (processId: string, elements: { id: string; xml: string }[]) => {
  const ids = ['start', ...elements.map((e) => e.id)];
  const flows = ids.slice(1).map((to, i) => `<bpmn:sequenceFlow id="f${i}" sourceRef="${ids[i]}" targetRef="${to}"/>`);
  return definitions(
    `<bpmn:process id="${processId}" isExecutable="true"><bpmn:startEvent id="start"/>` +
      `${elements.map((e) => e.xml).join('')}${flows.join('')}</bpmn:process>`,
  );
};

const serviceTask = (id: string) => ({
  id,
  xml: `<bpmn:serviceTask id="${id}" camunda:type="external" camunda:topic="careflow:echo:1"/>`,
});


describe('checkBpmnXml', () => {
  describe('given a well-formed BPMN model', () => {
    it.each([
      ['with the bpmn: prefix', processOf('p', [serviceTask('work')])],
      ['with BPMN as the default namespace', `<definitions xmlns="${BPMN_NS}" id="d"><process id="p" isExecutable="true"/></definitions>`],
      ['with another prefix', `<semantic:definitions xmlns:semantic="${BPMN_NS}" id="d"><semantic:process id="p"/></semantic:definitions>`],
      ['with a comment before the root', `<?xml version="1.0"?>\n<!-- exported by the modeler -->\n<bpmn:definitions xmlns:bpmn="${BPMN_NS}"/>`],
      ['with a byte-order mark', `\ufeff<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="${BPMN_NS}"/>`],
    ])('when checked (%s), then there are no problems', (_what, xml) => {
      expect(checkBpmnXml(xml)).toEqual([]);
    });
  });

  describe('given malformed XML', () => {
    it.each([
      ['an unclosed element (closing tag on line 4)', definitions('  <bpmn:process id="p">'), 4],
      [
        'a mismatched closing tag on line 3',
        `<?xml version="1.0"?>\n<bpmn:definitions xmlns:bpmn="${BPMN_NS}">\n  <bpmn:process id="p"></bpmn:task>\n</bpmn:definitions>`,
        3,
      ],
      ['an unquoted attribute on line 2', `<bpmn:definitions xmlns:bpmn="${BPMN_NS}">\n<bpmn:process id=p/>\n</bpmn:definitions>`, 2],
      ['plain text', 'this is not xml', 1],
    ])('when checked (%s), then one problem names line %i', (_what, xml, line) => {
      const problems = checkBpmnXml(xml);

      expect(problems).toHaveLength(1);
      expect(problems[0].elementId).toBeUndefined();
      expect(problems[0].message).toMatch(new RegExp(`^Malformed XML at line ${line}\\b`));
    });

    // BUG: for an empty document the validator reports no column, and the message says "column undefined".
    it('when checked (an empty document), then the problem names the line and no undefined column', () => {
      const problems = checkBpmnXml('');

      expect(problems).toHaveLength(1);
      expect(problems[0].message).toMatch(/^Malformed XML at line 1\b/);
      expect(problems[0].message).not.toContain('undefined');
    });
  });

  describe('given well-formed XML that is not BPMN', () => {
    it.each([
      ['another root element', '<html><body/></html>'],
      ['definitions in another namespace', '<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d"/>'],
      ['bpmn:definitions bound to another namespace', '<bpmn:definitions xmlns:bpmn="http://example.com/not-bpmn"/>'],
      ['definitions without a namespace', '<definitions id="d"/>'],
      ['a BPMN process as the root', `<bpmn:process xmlns:bpmn="${BPMN_NS}" id="p"/>`],
      ['a prefix declared for another element only', `<x:definitions xmlns:bpmn="${BPMN_NS}" xmlns:x="urn:x"/>`],
    ])('when checked (%s), then one problem says it is not a BPMN model', (_what, xml) => {
      expect(checkBpmnXml(xml)).toEqual([{ message: NOT_BPMN }]);
    });
  });
});
