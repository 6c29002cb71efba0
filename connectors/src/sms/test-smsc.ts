import { AddressInfo } from 'node:net';
import * as smpp from 'smpp';

export interface TestSmscOptions {
  /** Accepted bind credentials; others get ESME_RBINDFAIL. */
  systemId?: string;
  password?: string;
  /** Answer every submit_sm with this status. */
  refuse?: number;
  /** Answer only the first submit_sm with this status (a transient SMSC hiccup). */
  refuseFirst?: number;
}

export interface SubmittedPdu {
  destination: string;
  dataCoding: number;
  /** The first information element of the UDH: IEI, length, reference, parts, part number. */
  udh?: Buffer;
  text: string;
  registeredDelivery: number;
}

/**
 * A real SMSC for tests and demos, from the smpp package's own server: binds one system id,
 * answers submit_sm with message ids MSG1000, MSG1001… and sends a delivery receipt shortly after
 * (UNDELIV for numbers ending in 0000, else DELIVRD).
 */
export async function startTestSmsc(options: TestSmscOptions = {}) {
  const submitted: SubmittedPdu[] = [];
  const sessions: smpp.Session[] = [];
  let binds = 0;
  let next = 1000;
  const server = smpp.createServer((session) => {
    sessions.push(session);
    session.on('error', () => undefined);
    session.on('bind_transceiver', (pdu: smpp.PDU) => {
      const ok = pdu.system_id === (options.systemId ?? 'careflow') && pdu.password === (options.password ?? 'secret');
      if (ok) binds += 1;
      session.send(pdu.response(ok ? {} : { command_status: smpp.ESME_RBINDFAIL }));
    });
    session.on('enquire_link', (pdu: smpp.PDU) => session.send(pdu.response()));
    session.on('unbind', (pdu: smpp.PDU) => (session.send(pdu.response()), session.close()));
    session.on('submit_sm', (pdu: smpp.PDU) => {
      const message = pdu.short_message as { udh?: Buffer[]; message: string };
      const destination = String(pdu.destination_addr);
      submitted.push({ destination, dataCoding: Number(pdu.data_coding), udh: message.udh?.[0], text: message.message, registeredDelivery: Number(pdu.registered_delivery) });
      const refusal = options.refuse ?? (submitted.length === 1 ? options.refuseFirst : undefined);
      if (refusal) return session.send(pdu.response({ command_status: refusal }));
      const id = `MSG${next++}`;
      session.send(pdu.response({ message_id: id }));
      const stat = destination.endsWith('0000') ? 'UNDELIV' : 'DELIVRD';
      const text = `id:${id} sub:001 dlvrd:001 submit date:2611220800 done date:2611220801 stat:${stat} err:${stat === 'DELIVRD' ? '000' : '001'} text:`;
      setTimeout(() => session.deliver_sm({ source_addr: destination, esm_class: smpp.ESM_CLASS.MC_DELIVERY_RECEIPT, short_message: text }), 50);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smpp://127.0.0.1:${(server.address() as AddressInfo).port}`,
    submitted,
    binds: () => binds,
    dropSessions: () => sessions.forEach((s) => s.destroy()),
    close: () => new Promise<void>((resolve) => (sessions.forEach((s) => s.destroy()), server.close(() => resolve()))),
  };
}
