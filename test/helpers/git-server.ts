// A real git server on loopback for tests that need pushes over the network:
// `git daemon` serving one folder of bare repositories, receive-pack enabled,
// so publishers in separate processes race exactly as CI runners would
// against GitLab. git daemon cannot pick its own port, so a free one is found
// first by binding port 0 and letting it go.
import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection, createServer } from 'node:net';

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

async function startOnce(baseDir: string, port: number): Promise<ChildProcess | null> {
  const child = spawn(
    'git',
    ['daemon', '--reuseaddr', `--base-path=${baseDir}`, '--export-all', '--enable=receive-pack', '--informative-errors', '--listen=127.0.0.1', `--port=${port}`, baseDir],
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

/** Serves every bare repository under `baseDir` until stop() is called. */
export async function startGitServer(baseDir: string): Promise<GitServer> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const child = await startOnce(baseDir, port);
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
