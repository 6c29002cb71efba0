import type { CallKpis } from '@careflow/contracts';
import type { CallSums } from './entities';
import { ratio } from './rollup-read';
import { NO_SUMS } from './sums';

/** The sums of one group, split as the KPIs need them: inbound, click-to-call, robot. */
export interface KindSums {
  inbound: CallSums;
  click_to_call: CallSums;
  robot: CallSums;
}

export const noKindSums = (): KindSums => ({ inbound: { ...NO_SUMS }, click_to_call: { ...NO_SUMS }, robot: { ...NO_SUMS } });

/** Every call KPI from the sums, exactly as /reports/definitions states it. */
export function callKpisOf(s: KindSums): CallKpis {
  const i = s.inbound;
  const unanswered = i.abandoned + i.missed;
  return {
    offered: i.offered,
    answered: i.answered,
    answeredWithin15s: i.answered15s,
    abandoned: i.abandoned,
    missed: i.missed,
    connectRate: ratio(i.answered, i.offered),
    within15sRate: ratio(i.answered15s, i.offered),
    abandonWaitSec: ratio(i.abandonWaitSec, unanswered, 1),
    asaSec: ratio(i.answerWaitSec, i.answered, 1),
    ahtSec: ratio(i.talkSec + i.wrapSec, i.answered, 1),
    afterCallSec: ratio(i.wrapSec, i.wrapUps, 1),
    outboundPlaced: s.click_to_call.offered,
    outboundConnected: s.click_to_call.answered,
    robotPlaced: s.robot.offered,
    robotConnected: s.robot.answered,
  };
}
