// A real git server on loopback for tests that need pushes over the network:
// `git daemon` serving one folder of bare repositories, receive-pack enabled,
// so publishers in separate processes race exactly as CI runners would
// against GitLab. git daemon cannot pick its own port, so a free one is found
// first by binding port 0 and letting it go.
import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection, createServer, type Socket } from 'node:net';

export interface GitServer {
  port: number;
  /** `git://127.0.0.1:PORT/<name>` for a bare repository under the base folder. */
  url(name: string): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

async function startOnce(baseDir: string, port: number, allowFilter: boolean): Promise<ChildProcess | null> {
  const child = spawn(
    'git',
    // Filters allowed, as GitLab, GitHub and Gitea allow them: gotong's clones are partial.
    ['-c', `uploadpack.allowFilter=${allowFilter}`, 'daemon', '--reuseaddr', `--base-path=${baseDir}`, '--export-all', '--enable=receive-pack', '--informative-errors', '--listen=127.0.0.1', `--port=${port}`, baseDir],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      // Someone took the port between freePort() and the daemon's bind: try another.
      if (/address already in use/i.test(stderr)) return null;
      throw new Error(`git daemon exited with ${child.exitCode}: ${stderr}`);
    }
    if (await accepts(port)) return child;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill('SIGKILL');
  throw new Error(`git daemon did not accept connections on port ${port} within 10 s: ${stderr}`);
}

/** Serves every bare repository under `baseDir` until stop() is called; `allowFilter: false` stands for a host without partial clones. */
export async function startGitServer(baseDir: string, options: { allowFilter?: boolean } = {}): Promise<GitServer> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const child = await startOnce(baseDir, port, options.allowFilter ?? true);
    if (!child) continue;
    return {
      port,
      url: (name) => `git://127.0.0.1:${port}/${name}`,
      async stop() {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
        await exited(child);
        clearTimeout(timer);
      },
    };
  }
  throw new Error('could not find a free port for git daemon');
}

export interface CuttingProxy {
  port: number;
  /** `git://127.0.0.1:PORT/<name>` through the proxy. */
  url(name: string): string;
  /** Connections cut so far. */
  cuts(): number;
  stop(): Promise<void>;
}

/**
 * A TCP proxy on loopback in front of `targetPort` that drops a connection
 * once more than `down` bytes went from the server to the client, or more
 * than `up` bytes from the client to the server: a network that fails in the
 * middle of a fetch or a push. The bytes before the cut are passed on
 * unchanged, so git sees a transfer that starts well and ends early. The
 * limits are read as each connection opens: a test may change them between
 * commands (none set: the proxy passes everything).
 */
export function startCuttingProxy(targetPort: number, limits: { down?: number; up?: number }): Promise<CuttingProxy> {
  let cuts = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
    };
    const forward = (from: Socket, to: Socket, limit: number | undefined) => {
      let passed = 0;
      from.on('data', (chunk: Buffer) => {
        if (limit === undefined) return void to.write(chunk);
        const room = limit - passed;
        passed += chunk.length;
        if (room > 0) to.write(chunk.subarray(0, room));
        if (passed > limit && !from.destroyed) {
          cuts++;
          drop();
        }
      });
      from.on('end', () => to.end());
    };
    forward(upstream, client, limits.down);
    forward(client, upstream, limits.up);
    for (const socket of [client, upstream]) {
      socket.on('error', drop);
      socket.on('close', () => sockets.delete(socket));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        port,
        url: (name) => `git://127.0.0.1:${port}/${name}`,
        cuts: () => cuts,
        stop: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
