import { ProcessEngineRejection } from '../../../operaton/rest';
import { problemsFromRejection } from './engine-parse';
import { scratchCopy } from './scratch-copy';
import { elementAt, replaceAttributes, scanXml } from './xml-scan';

const BPMN = [
  '<?xml version="1.0"?>',
  '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" id="d">',
  '  <bpmn:message id="m_call" name="call.answered"/><bpmn:message id="m_other" name="provider.accepted"/>',
  '  <bpmn:collaboration id="c"><bpmn:participant id="pool" processRef="care"/></bpmn:collaboration>',
  '  <bpmn:process id="care" isExecutable="true">',
  '    <bpmn:startEvent id="byCall"><bpmn:messageEventDefinition messageRef="m_call"/></bpmn:startEvent>',
  '    <bpmn:intermediateCatchEvent id="wait"><bpmn:messageEventDefinition messageRef="m_other"/></bpmn:intermediateCatchEvent>',
  '    <bpmn:userTask id="t"',
  '        name="a &gt; b"><!-- a <fake id="x"> tag --><bpmn:documentation><![CDATA[${x}]]></bpmn:documentation></bpmn:userTask>',
  '  </bpmn:process>',
  '  <bpmndi:BPMNDiagram id="di"><bpmndi:BPMNPlane id="plane" bpmnElement="c"/></bpmndi:BPMNDiagram>',
  '</bpmn:definitions>',
].join('\r\n');

const DMN = '<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="drd"><decision id="a"/><decision id="b"><informationRequirement id="ir"><requiredDecision href="#a"/></informationRequirement></decision></definitions>';

describe('reading XML with positions, for the scratch copy and the engine’s line numbers', () => {
  it('given a model with comments, CDATA and entities, when scanned, then tags carry their owner ids and texts are decoded', () => {
    const { tags, texts } = scanXml(BPMN);

    expect(tags.find((t) => t.localName === 'messageEventDefinition')).toMatchObject({ path: ['definitions', 'process', 'startEvent'], ownerId: 'byCall' });
    expect(tags.some((t) => t.localName === 'fake')).toBe(false);
    expect(tags.find((t) => t.localName === 'userTask')?.attributes.find((a) => a.name === 'name')?.value).toBe('a &gt; b');
    expect(texts).toEqual([{ value: '${x}', ownerId: 't' }]);
    expect(replaceAttributes('<a x="1" y=\'22\'/>', scanXml('<a x="1" y=\'22\'/>').tags[0].attributes.map((attribute) => ({ attribute, value: `[${attribute.value}]` })))).toBe('<a x="[1]" y=\'[22]\'/>');
  });

  it('given a line and column after a start tag, when located, then it names that element (CRLF lines, tags over two lines)', () => {
    const line = (n: number) => BPMN.split('\r\n')[n - 1];
    expect(elementAt(BPMN, 6, line(6).indexOf('>') + 2)).toBe('byCall');
    expect(elementAt(BPMN, 9, line(9).indexOf('>') + 2)).toBe('t');
    expect(elementAt(BPMN, 0, 0)).toBeUndefined();
  });

  it('given a model and decisions, when copied for the engine, then process and decision keys and message start names are renamed, references follow, and ids map back', () => {
    const copy = scratchCopy({ name: 'model.bpmn', content: BPMN }, [{ name: 'r.dmn', content: DMN }], 'check1');
    const [bpmn, dmn] = copy.resources.map((r) => r.content);

    expect(bpmn).toContain('<bpmn:process id="care_check1"');
    expect(bpmn).toContain('processRef="care_check1"');
    expect(bpmn).toContain('name="call.answered.check1"');
    expect(bpmn).toContain('name="provider.accepted"');
    expect(bpmn.replace(/_check1|\.check1/g, '')).toBe(BPMN);
    expect(dmn).toBe('<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="drd_check1"><decision id="a_check1"/><decision id="b_check1"><informationRequirement id="ir"><requiredDecision href="#a_check1"/></informationRequirement></decision></definitions>');
    expect([copy.originalId('care_check1'), copy.originalId('t')]).toEqual(['care', 't']);
    expect(copy.restore("Process 'care_check1' listens to call.answered.check1")).toBe("Process 'care' listens to call.answered");
  });

  it('given the engine’s one-line refusal of an expression (HTTP 500), when read, then every element holding that expression is named', () => {
    const copy = scratchCopy({ name: 'model.bpmn', content: BPMN.replace('<![CDATA[${x}]]>', '${a ==}').replace('name="a &gt; b"', 'name="x" assignee="${a ==}"') }, [], 'check2');
    const rejection = new ProcessEngineRejection(500, 'ProcessEngineException', "ENGINE-01009 Error while parsing process. Error parsing '${a ==}': syntax error at position 6, encountered '}', expected <IDENTIFIER>", {});

    expect(problemsFromRejection(rejection, copy).map((p) => [p.elementId, p.source, p.message])).toEqual([['t', 'engine', "表达式 ${a ==} 无法解析（syntax error at position 6, encountered '}', expected <IDENTIFIER>）：请改正"]]);
  });
});
