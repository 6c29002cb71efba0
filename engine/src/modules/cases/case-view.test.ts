import { CaseEvent } from './entities';
import { withStepNames } from './case-view';
import { elementNamesOf } from '../deployments/element-names';

const XML = `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p"><bpmn:userTask id="Activity_1u1x3vc" name="确认&#10;警情 &amp; 回拨"/><bpmn:serviceTask id="sms" name="&#x77ED;信"/><bpmn:task id="unnamed"/></bpmn:process></bpmn:definitions>`;
const entry = (data: Record<string, unknown>): CaseEvent => ({ id: 'e', caseId: 'c', at: new Date(0), type: 'task.claimed', actorId: null, actorName: null, data });

describe('step names on the case page', () => {
  it('given names with character references and line breaks, when read from the BPMN, then they are decoded text on one line', () => {
    expect(elementNamesOf(XML)).toEqual({ Activity_1u1x3vc: '确认 警情 & 回拨', sms: '短信' });
  });

  it('given entries naming a step by id alone, when shown, then they get the model’s name; a named entry or an unnamed element is left as it is', () => {
    const shown = withStepNames([entry({ elementId: 'Activity_1u1x3vc' }), entry({ elementId: 'sms', name: '发短信' }), entry({ elementId: 'unnamed' })], XML);
    expect(shown.map((e) => e.data?.name ?? null)).toEqual(['确认 警情 & 回拨', '发短信', null]);
  });
});
