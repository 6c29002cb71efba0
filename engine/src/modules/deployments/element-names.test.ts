import { elementNamesOf } from './element-names';

const model = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
  <bpmn:process id="rescue" name="紧急救助" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:userTask id="confirm" name="确认
      报警" />
    <bpmn:subProcess id="notify" name="通知家属">
      <bpmn:userTask id="call" name="电话联系" />
      <bpmn:userTask id="call2" name="电话联系" />
    </bpmn:subProcess>
    <bpmn:userTask id="blank" name="  " />
  </bpmn:process>
</bpmn:definitions>`;

describe('elementNamesOf', () => {
  it('given a model with nested and unnamed elements, when its names are read, then every named element is listed by id with its name on one line', () => {
    expect(elementNamesOf(model)).toEqual({ rescue: '紧急救助', confirm: '确认 报警', notify: '通知家属', call: '电话联系', call2: '电话联系' });
  });
});
