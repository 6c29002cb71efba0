// The smpp package ships no types; these are the parts CareFlow uses.
declare module 'smpp' {
  import { EventEmitter } from 'node:events';
  import { Server as NetServer } from 'node:net';

  export interface PDU {
    command: string;
    command_status: number;
    sequence_number: number;
    [field: string]: unknown;
    response(options?: Record<string, unknown>): PDU;
    isResponse(): boolean;
  }
  type Callback = (pdu: PDU) => void;
  export interface Session extends EventEmitter {
    bind_transceiver(options: Record<string, unknown>, callback?: Callback): void;
    submit_sm(options: Record<string, unknown>, callback?: Callback): void;
    deliver_sm(options: Record<string, unknown>, callback?: Callback): void;
    unbind(options?: Record<string, unknown>, callback?: Callback): void;
    send(pdu: PDU, callback?: Callback): void;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
    connect(): void;
    pause(): void;
    resume(): void;
  }
  export interface Server extends NetServer {
    on(event: 'session', listener: (session: Session) => void): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
  export function connect(options: { url: string; auto_enquire_link_period?: number; debug?: boolean; connectTimeout?: number }, listener?: () => void): Session;
  export function createServer(listener?: (session: Session) => void): Server;
  export function createServer(options: Record<string, unknown>, listener?: (session: Session) => void): Server;
  export const ESME_ROK: number;
  export const ESME_RBINDFAIL: number;
  export const ESME_RINVDSTADR: number;
  export const ESME_RTHROTTLED: number;
  export const ESME_RSYSERR: number;
  export const MESSAGE_STATE: Record<string, number>;
  export const ESM_CLASS: Record<string, number>;
}
