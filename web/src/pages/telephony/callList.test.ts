/// <reference types="jest" />
import type { Call } from '../../api/calls';
import { listWithUpdates, mergeCall } from './callList';

const call = (id: string, status: Call['status'], startedAt: string, extra: Partial<Call> = {}) => ({ id, status, startedAt, ...extra }) as Call;

describe('the 坐席电话 call list', () => {
  it('given an answered call, when its older ringing copy arrives late, then the call stays answered', () => {
    const answered = call('c1', 'answered', '2026-11-22T08:00:00Z');

    const merged = mergeCall([answered], call('c1', 'ringing', '2026-11-22T08:00:00Z'));

    expect(merged).toEqual([answered]);
  });

  it('given a ringing call, when it is answered and then keys are pressed, then each newer copy replaces the last', () => {
    const answered = mergeCall([call('c1', 'ringing', '2026-11-22T08:00:00Z')], call('c1', 'answered', '2026-11-22T08:00:00Z'));
    const pressed = mergeCall(answered, call('c1', 'answered', '2026-11-22T08:00:00Z', { digits: '1' }));

    expect(pressed).toEqual([call('c1', 'answered', '2026-11-22T08:00:00Z', { digits: '1' })]);
  });

  it('given a list fetched before a call was dialled and answered, when it arrives last, then the call is kept answered and the newest call comes first', () => {
    const older = call('c0', 'ringing', '2026-11-22T07:00:00Z');
    const dialled = call('c1', 'answered', '2026-11-22T08:00:00Z');

    expect(listWithUpdates([older], [dialled])).toEqual([dialled, older]);
    expect(listWithUpdates([call('c1', 'ringing', '2026-11-22T08:00:00Z')], [dialled])).toEqual([dialled]);
  });
});
