import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent, buildConnector, Dispatcher, fetch as undiciFetch, RequestInit, Response } from 'undici';
import { z } from 'zod';

export type Resolved = { address: string; family: number };
/** Resolves a host name to every address it has (dns.lookup by default; tests inject their own). */
export type Resolve = (hostname: string) => Promise<Resolved[]>;

/** A call to an address CareFlow does not reach: never retried, the address will not change by itself. */
export class OutboundRefusedError extends Error {
  override name = 'OutboundRefusedError';
}

const systemResolve: Resolve = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

const HOST = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const isCidr = (entry: string) => {
  try {
    if (entry.includes('/')) ipaddr.parseCIDR(entry);
    else ipaddr.parse(entry);
    return ipaddr.isValid(entry.split('/')[0]);
  } catch {
    return false;
  }
};
const entries = (text: string) => text.split(',').map((e) => e.trim()).filter((e) => e !== '');

/** OUTBOUND_ALLOW_HOSTS, read by the engine (webhook checks) and the connectors (every outbound call). */
export const outboundAllowHostsSchema = z
  .string()
  .refine((text) => entries(text).every((e) => isCidr(e) || HOST.test(e)), 'must be a comma list of host names (*.example.org), addresses or CIDRs (10.0.0.0/8, fd00::/8)')
  .optional()
  .describe(
    'Private, loopback or link-local hosts that provider webhooks and the HTTP connector may call anyway (comma list of host names, *.domain, addresses, CIDRs); unset → only public addresses',
  );

const hostOf = (hostname: string) => hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '').toLowerCase();

/** An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged as the IPv4 address it reaches. */
function parsed(address: string): ipaddr.IPv4 | ipaddr.IPv6 {
  const ip = ipaddr.parse(address);
  return ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress() ? (ip as ipaddr.IPv6).toIPv4Address() : ip;
}

/**
 * Where outbound calls may go. Only public unicast addresses are reached (not loopback, private,
 * link-local, CGNAT, unspecified, multicast, unique-local, reserved, nor IPv4 hidden in IPv6),
 * unless the admin's allow list names the host or the address. Checked by resolved address, and
 * again on every connection through `fetch`, which connects only to the addresses it checked (DNS
 * rebinding gets nothing from a first harmless answer).
 */
export class OutboundPolicy {
  private readonly hosts: string[] = [];
  private readonly ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  private agent?: Dispatcher;

  constructor(allow = '', private readonly resolve: Resolve = systemResolve) {
    for (const entry of entries(allow)) {
      if (isCidr(entry)) this.ranges.push(entry.includes('/') ? ipaddr.parseCIDR(entry) : [parsed(entry), parsed(entry).kind() === 'ipv4' ? 32 : 128]);
      else this.hosts.push(entry.toLowerCase());
    }
  }

  /** Why `address` (reached as `hostname`) is refused, or null when it may be called. */
  refusal(hostname: string, address: string): string | null {
    const host = hostOf(hostname);
    if (this.hosts.some((h) => (h.startsWith('*.') ? host.endsWith(h.slice(1)) : host === h))) return null;
    if (!ipaddr.isValid(address)) return `${address} is not an address`;
    const ip = parsed(address);
    if (ip.range() === 'unicast') return null;
    if (this.ranges.some(([net, bits]) => net.kind() === ip.kind() && ip.match(net, bits))) return null;
    const shown = host === address ? address : `${host} (${address})`;
    return `${shown} is a ${ip.range()} address, which CareFlow does not call unless OUTBOUND_ALLOW_HOSTS allows it`;
  }

  /**
   * Checks a URL as it is saved: every address its host resolves to must be allowed. A name that
   * does not resolve now cannot be judged and passes: it is checked again on every call.
   */
  async check(url: string | URL): Promise<void> {
    const host = hostOf(new URL(url).hostname);
    let addresses: Resolved[];
    if (net.isIP(host)) addresses = [{ address: host, family: net.isIP(host) }];
    else {
      try {
        addresses = await this.resolve(host);
      } catch {
        return;
      }
    }
    for (const { address } of addresses) {
      const refused = this.refusal(host, address);
      if (refused) throw new OutboundRefusedError(refused);
    }
  }

  /** dns.lookup as sockets call it, answering only with addresses that passed the check. */
  readonly lookup = (hostname: string, options: dns.LookupOptions, callback: (err: Error | null, address: string | dns.LookupAddress[], family?: number) => void): void => {
    this.resolve(hostname).then(
      (all) => {
        const refused = all.map((a) => this.refusal(hostname, a.address)).find((r) => r !== null);
        if (refused) return callback(new OutboundRefusedError(refused), '');
        const fitting = all.filter((a) => !options.family || a.family === options.family);
        if (fitting.length === 0) return callback(Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' }), '');
        if (options.all) callback(null, fitting);
        else callback(null, fitting[0].address, fitting[0].family);
      },
      (error: Error) => callback(error, ''),
    );
  };

  /** A dispatcher whose every connection (redirects included) goes only to allowed addresses. */
  dispatcher(): Dispatcher {
    if (this.agent) return this.agent;
    const connect = buildConnector({ lookup: this.lookup } as buildConnector.BuildOptions);
    this.agent = new Agent({
      connect: (opts, callback) => {
        const host = hostOf(opts.hostname);
        // Sockets skip the lookup for a literal address: that one is checked here.
        const refused = net.isIP(host) ? this.refusal(host, host) : null;
        if (refused) return callback(new OutboundRefusedError(refused), null);
        return connect(opts, callback);
      },
    });
    return this.agent;
  }

  /** fetch through `dispatcher()`; a refused address rejects with the OutboundRefusedError itself. */
  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    try {
      return await undiciFetch(url, { ...init, dispatcher: this.dispatcher() });
    } catch (error) {
      const refused = causes(error).find((e) => e instanceof OutboundRefusedError);
      throw refused ?? error;
    }
  }

  async close(): Promise<void> {
    await this.agent?.close();
    this.agent = undefined;
  }
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e instanceof Error && chain.length < 10; e = e.cause) chain.push(e);
  return chain;
}
