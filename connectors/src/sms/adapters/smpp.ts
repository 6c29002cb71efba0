import * as smpp from 'smpp';
import type { SmsSettings } from '../../config';
import { parseReceipt, segments } from './smpp-segments';
import { DeliveryReceipt, SmsAdapter, SmsRejectedError } from './types';

type Log = { warn(obj: object, msg: string): void };

/** Statuses that say "later, not never": throttled, queue full, system error, SMSC unavailable. */
const TRANSIENT = new Set([0x08, 0x14, 0x58, 0x64]);
const RESPONSE_TIMEOUT_MS = 15_000;
const RECONNECT_MS = 5_000;

export interface SmppAdapter extends SmsAdapter {
  readonly bound: boolean;
}

/**
 * SMPP 3.4/5.0 over one transceiver session: submit_sm (UCS2, split with a UDH when long) with a
 * delivery receipt requested; deliver_sm receipts are handed to `onReceipt`. A lost session is
 * bound again on the next send, and in the background so receipts keep arriving.
 */
export function smppAdapter(settings: SmsSettings['smpp'], onReceipt: (receipt: DeliveryReceipt) => Promise<void>, log?: Log): SmppAdapter {
  let session: Promise<smpp.Session> | undefined;
  let bound = false;
  let closing = false;
  let reconnect: NodeJS.Timeout | undefined;
  let reference = Math.floor(Math.random() * 256);

  const bind = (): Promise<smpp.Session> =>
    new Promise((resolve, reject) => {
      const s = smpp.connect({ url: settings.url, auto_enquire_link_period: 30_000 });
      const lost = (error?: unknown) => {
        if (error) log?.warn({ error: String(error) }, 'SMPP session error');
        bound = false;
        session = undefined;
        reject(error instanceof Error ? error : new Error('SMPP session closed before bind'));
        if (!closing && !reconnect) reconnect = setTimeout(() => ((reconnect = undefined), void connected().catch(() => undefined)), RECONNECT_MS);
      };
      s.on('error', lost);
      s.on('close', () => lost());
      s.on('deliver_sm', (pdu: smpp.PDU) => {
        s.send(pdu.response());
        const receipt = (Number(pdu.esm_class) & 0x04) !== 0 ? parseReceipt(pdu) : undefined;
        if (receipt) onReceipt(receipt).catch((error: unknown) => log?.warn({ error: String(error) }, 'SMPP receipt not recorded'));
      });
      s.on('enquire_link', (pdu: smpp.PDU) => s.send(pdu.response()));
      s.on('unbind', (pdu: smpp.PDU) => (s.send(pdu.response()), s.close()));
      s.bind_transceiver({ system_id: settings.systemId, password: settings.password }, (pdu) => {
        if (pdu.command_status !== 0) {
          s.destroy();
          return reject(new Error(`SMPP bind refused (status 0x${pdu.command_status.toString(16)})`));
        }
        bound = true;
        resolve(s);
      });
    });

  const connected = () => (session ??= bind());

  const submit = (s: smpp.Session, options: Record<string, unknown>) =>
    new Promise<smpp.PDU>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('SMSC did not answer submit_sm')), RESPONSE_TIMEOUT_MS);
      s.submit_sm(options, (pdu) => (clearTimeout(timer), resolve(pdu)));
    });

  return {
    name: 'smpp',
    get bound() {
      return bound;
    },
    async send(message) {
      closing = false;
      const s = await connected();
      reference = (reference + 1) % 256;
      const ids: string[] = [];
      for (const part of segments(message.content, reference)) {
        const pdu = await submit(s, {
          source_addr: settings.sourceAddr,
          destination_addr: message.phone,
          registered_delivery: 1,
          data_coding: 0x08,
          short_message: part.udh ? { udh: part.udh, message: part.text } : { message: part.text },
        });
        if (pdu.command_status !== 0) {
          const status = `0x${pdu.command_status.toString(16).padStart(8, '0')}`;
          // A part already taken cannot be recalled; the whole message is reported by its first part.
          if (TRANSIENT.has(pdu.command_status) && ids.length === 0) throw new Error(`SMSC busy (${status})`);
          throw new SmsRejectedError(`SMSC refused the message (${status})`);
        }
        ids.push(String(pdu.message_id));
      }
      return { providerMessageId: ids[0] };
    },
    async close() {
      closing = true;
      clearTimeout(reconnect);
      const s = await session?.catch(() => undefined);
      if (!s) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => s.destroy(() => resolve()), 2_000);
        s.unbind({}, () => (clearTimeout(timer), s.close(() => resolve())));
      });
    },
  };
}
