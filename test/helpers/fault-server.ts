// A static registry host that misbehaves on purpose, on loopback, in front of
// a real one (`gotong serve`): it answers from the upstream's files, with
// ETag and Last-Modified as nginx gives them, except where a fault is set.
// Faults are per "scene", the first path segment (`/stall/metadata/…`), so
// that installs of several scenes run side by side; each fault matches a
// path pattern and may fire only the first `times` requests. Written on raw
// sockets, so that it can send what no well-behaved server would: stalls,
// cut-off bodies, lengths that lie. Also here: a forwarding and CONNECT proxy
// and a throwaway CA, for the proxy and NODE_EXTRA_CA_CERTS stories.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import { join } from 'node:path';

export type FaultKind =
  | 'stall-headers' // accept, read the request, never answer
  | 'stall-body' // headers and half the body, then silence
  | 'trickle' // the body one byte every 400 ms, never idle long enough to time out
  | 'truncate' // the right Content-Length, half the body, then close
  | 'declared-longer' // Content-Length larger than the body, the whole body, then close
  | 'declared-shorter' // a body larger than its Content-Length
  | 'endless' // no Content-Length, bytes until the client hangs up
  | 'status' // answer `status` with a short page
  | 'redirect' // answer 302 to `location(rel)`
  | 'needs-auth'; // answer 401 unless the request carries Basic `credentials`

export interface Fault {
  path: RegExp;
  kind: FaultKind;
  /** Fire only for the first `times` matching requests (default: always). */
  times?: number;
  status?: number;
  location?: (rel: string) => string;
  /** `user:password` for needs-auth. */
  credentials?: string;
}

export interface Hit {
  scene: string;
  rel: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  authorization: string | null;
  status: number | 'fault';
}

export interface FaultServer {
  /** `http(s)://127.0.0.1:PORT/` */
  url: string;
  /** The registry URL of a scene: `${url}${scene}/`. */
  scene(name: string, ...faults: Fault[]): string;
  hits: Hit[];
  /** Another listener (another port: another host to a client), same files and scenes. */
  listenAgain(): Promise<string>;
  close(): Promise<void>;
}

const LAST_MODIFIED = new Date('2026-01-05T03:00:00Z').toUTCString();

function fetchUpstream(url: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

function head(status: number, headers: Record<string, string | number>): string {
  const reason = http.STATUS_CODES[status] ?? 'Status';
  return `HTTP/1.1 ${status} ${reason}\r\n` + Object.entries({ ...headers, Connection: 'close' }).map(([k, v]) => `${k}: ${v}\r\n`).join('') + '\r\n';
}

export async function startFaultServer(upstream: string, options: { tls?: { key: string; cert: string } } = {}): Promise<FaultServer> {
  const scenes = new Map<string, Array<Fault & { fired: number }>>();
  const hits: Hit[] = [];
  const sockets = new Set<net.Socket>();

  async function answer(socket: net.Socket, request: string): Promise<void> {
    const [line, ...headerLines] = request.split('\r\n');
    const path = decodeURIComponent(line.split(' ')[1] ?? '/');
    const headers = Object.fromEntries(headerLines.map((h) => [h.slice(0, h.indexOf(':')).toLowerCase(), h.slice(h.indexOf(':') + 1).trim()]));
    const [, scene = '', ...rest] = path.split('/');
    const rel = rest.join('/');
    const hit: Hit = { scene, rel, ifNoneMatch: headers['if-none-match'] ?? null, ifModifiedSince: headers['if-modified-since'] ?? null, authorization: headers.authorization ?? null, status: 'fault' };
    hits.push(hit);
    const found = (scenes.get(scene) ?? []).find((f) => f.path.test(rel) && f.fired < (f.times ?? Infinity));
    // A satisfied credentials check is no fault: the file is served as usual.
    const fault = found?.kind === 'needs-auth' && headers.authorization === `Basic ${Buffer.from(found.credentials ?? '').toString('base64')}` ? undefined : found;
    if (found) found.fired++;
    if (fault?.kind === 'stall-headers') return;
    if (fault?.kind === 'needs-auth') {
      return void socket.end(head(401, { 'WWW-Authenticate': 'Basic realm="registry"', 'Content-Length': 0 }));
    }
    if (fault?.kind === 'status') return void socket.end(head(fault.status ?? 500, { 'Content-Type': 'text/plain', 'Content-Length': 6 }) + 'error\n');
    if (fault?.kind === 'redirect') return void socket.end(head(302, { Location: fault.location!(rel), 'Content-Length': 0 }));
    if (fault?.kind === 'endless') {
      socket.write(head(200, { 'Content-Type': 'application/octet-stream', 'Transfer-Encoding': 'chunked' }));
      const chunk = Buffer.alloc(64 * 1024, 0x7b);
      const pump = () => {
        while (!socket.destroyed && socket.write(`${chunk.length.toString(16)}\r\n`) && socket.write(chunk) && socket.write('\r\n'));
        if (!socket.destroyed) socket.once('drain', pump);
      };
      socket.on('error', () => undefined);
      pump();
      return;
    }
    const { status, body } = await fetchUpstream(`${upstream}${rel}`);
    if (status !== 200) {
      hit.status = status;
      return void socket.end(head(status, { 'Content-Length': 0 }));
    }
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 20)}"`;
    const validators = { ETag: etag, 'Last-Modified': LAST_MODIFIED };
    if (!fault && (headers['if-none-match'] === etag || (!headers['if-none-match'] && headers['if-modified-since'] === LAST_MODIFIED))) {
      hit.status = 304;
      return void socket.end(head(304, validators));
    }
    const half = body.subarray(0, Math.floor(body.length / 2));
    switch (fault?.kind) {
      case 'stall-body':
        socket.write(head(200, { ...validators, 'Content-Length': body.length }));
        socket.write(half);
        return;
      case 'trickle': {
        socket.write(head(200, { ...validators, 'Content-Length': body.length }));
        let sent = 0;
        const drip = setInterval(() => (socket.destroyed || sent >= body.length ? clearInterval(drip) : socket.write(body.subarray(sent, ++sent))), 400);
        return;
      }
      case 'truncate':
        socket.write(head(200, { ...validators, 'Content-Length': body.length }));
        return void socket.end(half);
      case 'declared-longer':
        socket.write(head(200, { ...validators, 'Content-Length': body.length + 100 }));
        return void socket.end(body);
      case 'declared-shorter':
        socket.write(head(200, { ...validators, 'Content-Length': Math.max(0, body.length - 100) }));
        return void socket.end(Buffer.concat([body, Buffer.alloc(100, 0x20)]));
      default:
        hit.status = 200;
        socket.write(head(200, { ...validators, 'Content-Length': body.length }));
        socket.end(body);
    }
  }

  const onSocket = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffered = '';
    const onData = (data: Buffer) => {
      buffered += data.toString('latin1');
      const end = buffered.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      answer(socket, buffered.slice(0, end)).catch(() => socket.destroy());
    };
    socket.on('data', onData);
  };

  const servers: net.Server[] = [];
  const listen = async (): Promise<string> => {
    const server = options.tls ? tls.createServer(options.tls, onSocket) : net.createServer(onSocket);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `${options.tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as net.AddressInfo).port}/`;
  };
  const url = await listen();

  return {
    url,
    hits,
    scene(name, ...faults) {
      scenes.set(name, faults.map((f) => ({ ...f, fired: 0 })));
      return `${url}${name}/`;
    },
    listenAgain: listen,
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}

export interface TestProxy {
  url: string;
  /** `GET http://host/path` for forwarded requests, `CONNECT host:port` for tunnels. */
  log: string[];
  close(): Promise<void>;
}

/**
 * A forwarding (absolute-form GET) and tunnelling (CONNECT) HTTP proxy, as a
 * branch office's; with `credentials` (`user:password`) it answers 407 to
 * whoever does not give them.
 */
export async function startProxy(options: { credentials?: string } = {}): Promise<TestProxy> {
  const authorized = (req: http.IncomingMessage) => !options.credentials || req.headers['proxy-authorization'] === `Basic ${Buffer.from(options.credentials).toString('base64')}`;
  const log: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    if (!authorized(req)) return void res.writeHead(407, { 'Proxy-Authenticate': 'Basic realm="proxy"' }).end();
    const target = new URL(req.url ?? '');
    const forward = http.request({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: { ...req.headers, host: target.host } }, (upstream) => {
      res.writeHead(upstream.statusCode ?? 502, upstream.headers);
      upstream.pipe(res);
    });
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, headBytes: Buffer) => {
    log.push(`CONNECT ${req.url}`);
    if (!authorized(req)) return void client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\nContent-Length: 0\r\n\r\n');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(headBytes);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    log,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A CA of its own and a certificate for 127.0.0.1 it signed (openssl). */
export async function makeTestCa(dir: string): Promise<{ caFile: string; key: string; cert: string }> {
  await fs.mkdir(dir, { recursive: true });
  const p = (name: string) => join(dir, name);
  const run = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  run('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', p('ca.key'), '-out', p('ca.pem'), '-days', '2', '-subj', '/CN=Diskominfo Kubu Raya test CA');
  run('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', p('server.key'), '-out', p('server.csr'), '-subj', '/CN=127.0.0.1');
  await fs.writeFile(p('server.ext'), 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n');
  run('x509', '-req', '-in', p('server.csr'), '-CA', p('ca.pem'), '-CAkey', p('ca.key'), '-CAcreateserial', '-out', p('server.pem'), '-days', '2', '-extfile', p('server.ext'));
  return { caFile: p('ca.pem'), key: await fs.readFile(p('server.key'), 'utf8'), cert: await fs.readFile(p('server.pem'), 'utf8') };
}
