import { alarmSums } from './alarm-tally';
import { chargeSums, feedbackSums, orderSums } from './provider-tally';

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 5, 8, 0) + minutes * 60_000);
const order = { createdAt: at(0), acceptedAt: null, finishedAt: null, updatedAt: at(5), workDueAt: null };

describe('what an ended order, an evaluation, a charge line and an ended alarm add', () => {
  it('given an order done after its work deadline, when summed, then it is accepted and done, late, with its accept and work seconds', () => {
    const sums = orderSums({ ...order, status: 'done', acceptedAt: at(10), finishedAt: at(190), workDueAt: at(130) });
    expect(sums).toMatchObject({ orders: 1, accepted: 1, acceptSec: 600, done: 1, workSec: 10_800, doneWithDue: 1, doneOnTime: 0, rejected: 0 });
  });

  it('given an order done through `done` (no visit record), when summed, then its work ends at its last change', () => {
    expect(orderSums({ ...order, status: 'done', acceptedAt: at(1), updatedAt: at(31) })).toMatchObject({ done: 1, workSec: 1800, doneWithDue: 0, doneOnTime: 0 });
  });

  it('given orders rejected, expired and canceled after acceptance, when summed, then each adds its outcome and only the accepted one an accept time', () => {
    expect(orderSums({ ...order, status: 'rejected' })).toMatchObject({ orders: 1, rejected: 1, accepted: 0, acceptSec: 0 });
    expect(orderSums({ ...order, status: 'expired' })).toMatchObject({ expired: 1, accepted: 0 });
    expect(orderSums({ ...order, status: 'canceled', acceptedAt: at(3) })).toMatchObject({ canceled: 1, accepted: 1, acceptSec: 180, done: 0, workSec: 0 });
  });

  it('given evaluations, when summed, then each adds its level, and a complaint without an answer only the complaint', () => {
    expect(feedbackSums({ satisfaction: 'very_satisfied', complaint: false })).toMatchObject({ evaluations: 1, satVerySatisfied: 1, complaints: 0 });
    expect(feedbackSums({ satisfaction: null, complaint: true })).toMatchObject({ evaluations: 1, complaints: 1, satVerySatisfied: 0, satVeryUnsatisfied: 0 });
  });

  it('given a charge line and an adjustment that takes money off, when summed, then each adds its money, the adjustment negatively, and nothing else', () => {
    expect(chargeSums({ amount: 9000, subsidy: 4500, elderShare: 4500 })).toMatchObject({ amount: 9000, subsidy: 4500, elderShare: 4500, orders: 0, evaluations: 0 });
    expect(chargeSums({ amount: -1000, subsidy: -500, elderShare: -500 })).toMatchObject({ amount: -1000, subsidy: -500, elderShare: -500 });
  });

  it('given an alarm called back and dispatched but never accepted, when summed, then only the stages it reached count, from the alarm', () => {
    const sums = alarmSums(at(0), { calledBack: at(2), dispatched: at(6), accepted: null, onSite: null }, { falseAlarm: false, canceled: false });
    expect(sums).toEqual({ alarms: 1, falseAlarms: 0, canceled: 0, calledBack: 1, callbackSec: 120, dispatched: 1, dispatchSec: 360, accepted: 0, acceptSec: 0, onSite: 0, onSiteSec: 0 });
  });
});
