import net from 'node:net';

/**
 * A scripted FreeSWITCH Event Socket (inbound) for protocol tests: the real wire format —
 * `auth/request`, `command/reply`, `api/response`, `text/event-plain` with Content-Length framing.
 * It records every command and answers `bgapi originate` by playing the given events.
 */
export interface ScriptedEsl {
  port: number;
  commands: string[];
  close(): Promise<void>;
}

type Script = (uuid: string) => { events: Record<string, string>[]; jobResult: string };

const frame = (headers: Record<string, string | number>, body = '') =>
  `${Object.entries({ ...headers, ...(body ? { 'Content-Length': Buffer.byteLength(body) } : {}) })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n\n${body}`;

/** A plain event: URL-encoded header values, as FreeSWITCH writes them. */
export const plainEvent = (headers: Record<string, string>, body = '') => {
  const text = `${Object.entries({ ...headers, ...(body ? { 'Content-Length': String(Buffer.byteLength(body)) } : {}) })
    .map(([k, v]) => `${k}: ${encodeURIComponent(v)}`)
    .join('\n')}\n\n${body}`;
  return frame({ 'Content-Type': 'text/event-plain' }, text);
};

export async function startScriptedEsl(password: string, script: Script): Promise<ScriptedEsl> {
  const commands: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let buffer = '';
    const reply = (text: string, extra: Record<string, string> = {}) => socket.write(frame({ 'Content-Type': 'command/reply', 'Reply-Text': text, ...extra }));
    socket.write(frame({ 'Content-Type': 'auth/request' }));
    socket.on('data', (data) => {
      buffer += data.toString('utf8');
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const command = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        commands.push(command);
        const [line] = command.split('\n');
        if (line.startsWith('auth ')) {
          if (line === `auth ${password}`) reply('+OK accepted');
          else {
            reply('-ERR invalid');
            socket.end(frame({ 'Content-Type': 'text/disconnect-notice' }));
          }
        } else if (line.startsWith('event ')) reply(`+OK event listener enabled ${line.split(' ')[1]}`);
        else if (line.startsWith('filter ')) reply(`+OK filter added. [${line.split(' ')[1]}]=[${line.split(' ')[2]}]`);
        else if (line.startsWith('api ')) socket.write(frame({ 'Content-Type': 'api/response' }, 'false'));
        else if (line.startsWith('bgapi originate')) {
          const jobUuid = /Job-UUID: (\S+)/.exec(command)?.[1] ?? '';
          const uuid = /origination_uuid=([\w-]+)/.exec(line)?.[1] ?? '';
          reply(`+OK Job-UUID: ${jobUuid}`, { 'Job-UUID': jobUuid });
          const { events, jobResult } = script(uuid);
          // Events come later, each in its own write, as a switch sends them while the call goes on.
          events.forEach((event, i) => setTimeout(() => socket.write(plainEvent({ 'Unique-ID': uuid, ...event })), 20 * (i + 1)));
          setTimeout(() => socket.write(plainEvent({ 'Event-Name': 'BACKGROUND_JOB', 'Job-UUID': jobUuid, 'Job-Command': 'originate' }, jobResult)), 20 * (events.length + 1));
        } else if (line === 'exit') {
          reply('+OK bye');
          socket.end();
        } else reply('-ERR command not found');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    commands,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
