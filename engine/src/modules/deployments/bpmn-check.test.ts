import { testZeebeAddress } from '../../testing/test-engine';
import { createZeebeClient, ZeebeClient } from '../../zeebe/client';
import { checkBpmnXml, parseZeebeRejection } from './bpmn-check';

const BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const ZEEBE_NS = 'http://camunda.org/schema/zeebe/1.0';
const NOT_BPMN = `Not a BPMN 2.0 model: the root element must be <definitions> in namespace ${BPMN_NS}`;

const definitions = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n` +
  `<bpmn:definitions xmlns:bpmn="${BPMN_NS}" xmlns:zeebe="${ZEEBE_NS}" id="defs" targetNamespace="https://careflow.example/bpmn">\n` +
  `${body}\n</bpmn:definitions>\n`;

/** start → the given elements in a row; no end event needed for Zeebe. */
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
  xml: `<bpmn:serviceTask id="${id}"><bpmn:extensionElements><zeebe:taskDefinition type="careflow:echo:1"/></bpmn:extensionElements></bpmn:serviceTask>`,
});
const untypedServiceTask = (id: string) => ({ id, xml: `<bpmn:serviceTask id="${id}"/>` });

const REJECTED = "Command 'CREATE' rejected with code 'INVALID_ARGUMENT': Expected to deploy new resources, but encountered the following errors:\n";
const TASK_DEFINITION_ERROR = "Must have exactly one 'zeebe:taskDefinition' extension element";

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

describe('parseZeebeRejection', () => {
  describe('given messages recorded from Zeebe 8.5.8', () => {
    it.each([
      [
        'one service task without a job type',
        `${REJECTED}'broken.bpmn': - Element: broken_task\n    - ERROR: ${TASK_DEFINITION_ERROR}\n`,
        [{ elementId: 'broken_task', message: TASK_DEFINITION_ERROR }],
      ],
      [
        'the same, as the SDK reports it (gRPC code in front)',
        `3 INVALID_ARGUMENT: ${REJECTED}'broken.bpmn': - Element: broken_task\n    - ERROR: ${TASK_DEFINITION_ERROR}\n`,
        [{ elementId: 'broken_task', message: TASK_DEFINITION_ERROR }],
      ],
      [
        'two elements with errors',
        `${REJECTED}'two.bpmn': - Element: task_a\n    - ERROR: ${TASK_DEFINITION_ERROR}\n- Element: task_b\n    - ERROR: ${TASK_DEFINITION_ERROR}\n`,
        [
          { elementId: 'task_a', message: TASK_DEFINITION_ERROR },
          { elementId: 'task_b', message: TASK_DEFINITION_ERROR },
        ],
      ],
      [
        'one element with two errors',
        `${REJECTED}'x.bpmn': - Element: task_a\n    - ERROR: first problem\n    - ERROR: second problem\n`,
        [
          { elementId: 'task_a', message: 'first problem' },
          { elementId: 'task_a', message: 'second problem' },
        ],
      ],
      [
        'a bad timer expression',
        `${REJECTED}'timer.bpmn': - Element: wait\n    - ERROR: Invalid timer duration expression (Invalid duration format 'nope' for expression 'nope'.)\n`,
        [{ elementId: 'wait', message: "Invalid timer duration expression (Invalid duration format 'nope' for expression 'nope'.)" }],
      ],
      [
        'a model without an executable process',
        `${REJECTED}'noproc.bpmn': - Element: definitions\n    - ERROR: Must contain at least one executable process\n`,
        [{ elementId: 'definitions', message: 'Must contain at least one executable process' }],
      ],
      [
        'broken XML',
        `${REJECTED}'bad.bpmn': Fatal Error: URI=null Line=1: XML document structures must start and end within the same entity.`,
        [{ message: 'Fatal Error: URI=null Line=1: XML document structures must start and end within the same entity.' }],
      ],
    ])('when parsed (%s), then the problems are %j', (_what, message, expected) => {
      expect(parseZeebeRejection(message)).toEqual(expected);
    });
  });

  describe('given a message without the Zeebe preamble', () => {
    it('when parsed, then the whole message is the one problem', () => {
      expect(parseZeebeRejection('Deadline exceeded')).toEqual([{ message: 'Deadline exceeded' }]);
    });
  });

  // BUG: errors on a child of an element are listed by Zeebe as "- Element: task_a > extensionElements >
  // taskDefinition"; the pattern stops the id at the first space, so such errors are not parsed.
  describe('given errors Zeebe 8.5.8 reports on a child of an element', () => {
    it('when parsed (an empty job type), then the error is attributed to the element that holds it', () => {
      const message = `${REJECTED}'nested.bpmn': - Element: task_a > extensionElements > taskDefinition\n    - ERROR: Expected expression but not found.\n`;

      expect(parseZeebeRejection(message)).toEqual([{ elementId: 'task_a', message: expect.stringContaining('Expected expression but not found.') }]);
    });

    it('when parsed (a message event without a message), then the error is attributed to the event', () => {
      const message = `${REJECTED}'catch.bpmn': - Element: catch > messageEventDefinition\n    - ERROR: Must reference a message\n`;

      expect(parseZeebeRejection(message)).toEqual([{ elementId: 'catch', message: expect.stringContaining('Must reference a message') }]);
    });

    it('when parsed next to a plain element error, then neither error is lost', () => {
      const message =
        `${REJECTED}'mixed.bpmn': - Element: task_a\n    - ERROR: ${TASK_DEFINITION_ERROR}\n` +
        `- Element: task_b > extensionElements > taskDefinition\n    - ERROR: Expected expression but not found.\n`;

      expect(parseZeebeRejection(message)).toEqual([
        { elementId: 'task_a', message: TASK_DEFINITION_ERROR },
        { elementId: 'task_b', message: expect.stringContaining('Expected expression but not found.') },
      ]);
    });
  });

  describe('given the test broker', () => {
    let zeebe: ZeebeClient;

    beforeAll(() => {
      zeebe = createZeebeClient(testZeebeAddress());
    });

    afterAll(async () => {
      await zeebe.close();
    });

    /** What the broker says when it rejects the resource. */
    async function rejectionOf(name: string, xml: string): Promise<string> {
      try {
        await zeebe.deployResource({ name, process: Buffer.from(xml, 'utf8') });
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error(`the broker accepted ${name}`);
    }

    it('when a model with two untyped service tasks is deployed, then its rejection parses to one problem per task', async () => {
      const message = await rejectionOf('two-broken.bpmn', processOf('careflow_bpmn_check_two', [untypedServiceTask('task_a'), untypedServiceTask('task_b')]));

      // Zeebe lists the elements in no fixed order.
      const problems = parseZeebeRejection(message).sort((a, b) => String(a.elementId).localeCompare(String(b.elementId)));
      expect(problems).toEqual([
        { elementId: 'task_a', message: TASK_DEFINITION_ERROR },
        { elementId: 'task_b', message: TASK_DEFINITION_ERROR },
      ]);
    });

    it('when broken XML is deployed, then its rejection parses to the parser error without the resource name', async () => {
      const message = await rejectionOf('bad.bpmn', '<bpmn:definitions');

      const problems = parseZeebeRejection(message);

      expect(problems).toHaveLength(1);
      expect(problems[0].elementId).toBeUndefined();
      expect(problems[0].message).toMatch(/^Fatal Error: .*Line=1: XML document structures must start and end within the same entity\.$/);
    });
  });
});
