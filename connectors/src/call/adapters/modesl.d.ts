/** The part of modesl (FreeSWITCH Event Socket library, no types of its own) the freeswitch adapter uses. */
declare module 'modesl' {
  export class Event {
    getHeader(name: string): string | null;
    getBody(): string;
    getType(): string;
  }
  export class Connection {
    /** Inbound connection: connects, answers the auth request with the password, then `ready`. */
    constructor(host: string, port: number, password: string, ready?: () => void);
    on(event: string, listener: (...args: never[]) => void): this;
    once(event: string, listener: (...args: never[]) => void): this;
    off(event: string, listener: (...args: never[]) => void): this;
    events(type: 'plain' | 'json' | 'xml', events: string | string[], cb?: (reply: Event) => void): void;
    filter(header: string, value: string, cb?: (reply: Event) => void): void;
    bgapi(command: string, args: string, jobId: string, cb?: (result: Event) => void): void;
    api(command: string, args: string, cb?: (result: Event) => void): void;
    disconnect(): void;
    socket: import('node:net').Socket | null;
  }
}
