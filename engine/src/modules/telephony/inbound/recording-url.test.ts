import { testDatabases } from '../../../../test/support/databases';
import { useTestEngine } from '../../../../test/support/test-engine';
import { inboundEnv, sendEvent } from '../../../../test/support/inbound-fixtures';

type CallRow = { from: string | null; status: string; recordingUrl: string | null };

describe('recording links of inbound calls', () => {
  const engine = useTestEngine(testDatabases()[0].create, inboundEnv());
  const call = async (from: string) => (await engine.admin.get<{ items: CallRow[] }>('/api/calls?limit=200')).body.items.find((c) => c.from === from);

  it.each([
    ['a javascript: link', 'javascript:alert(document.cookie)'],
    ['a data: link', 'data:text/html,<script>alert(1)</script>'],
    ['a file: link', 'file:///etc/passwd'],
  ])('given %s as the recording, when the switch reports the call ended, then 400 and the call is not ended', async (_what, recordingUrl) => {
    const from = `1390531${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`;
    const callId = `rec-${from}`;
    expect((await sendEvent(engine.running.url, { id: `ring-${from}`, type: 'call.ringing', callId, from })).status).toBe(202);
    const ended = await sendEvent(engine.running.url, { id: `end-${from}`, type: 'call.ended', callId, durationSec: 5, recordingUrl });
    expect(ended.status).toBe(400);
    expect(await call(from)).toMatchObject({ recordingUrl: null, status: expect.not.stringMatching(/^ended$/) });
  });

  it('given an https recording, when the call ends, then it is kept', async () => {
    expect((await sendEvent(engine.running.url, { id: 'ring-ok', type: 'call.ringing', callId: 'rec-ok', from: '13905319999' })).status).toBe(202);
    expect((await sendEvent(engine.running.url, { id: 'end-ok', type: 'call.ended', callId: 'rec-ok', recordingUrl: 'https://rec.example/ok.wav' })).status).toBe(202);
    expect(await call('13905319999')).toMatchObject({ status: 'ended', recordingUrl: 'https://rec.example/ok.wav' });
  });
});
