// A first install of one small module over git:// from registries of growing
// size: each registry served by `git daemon` (filters allowed, as on GitLab
// or GitHub) behind a loopback proxy that counts the bytes the server sends.
// A run starts from an empty GOTONG_HOME: `registry add` (which clones and
// verifies) and `install`. What the install needed is what it kept: the
// trusted metadata and the cached index and tarball; the received bytes are
// compared with that.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { gotong } from './scenarios.js';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startDaemon(baseDir) {
  const port = await freePort();
  const child = spawn('git', ['-c', 'uploadpack.allowFilter=true', 'daemon', '--reuseaddr', `--base-path=${baseDir}`, '--export-all', '--listen=127.0.0.1', `--port=${port}`, baseDir], { stdio: 'ignore' });
  for (let i = 0; i < 200; i++) {
    const up = await new Promise((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (up) return { port, stop: () => child.kill('SIGTERM') };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill('SIGKILL');
  throw new Error('git daemon did not start');
}

/** A TCP proxy counting what the server sends to the client. */
async function countingProxy(targetPort) {
  let received = 0;
  const server = createServer((client) => {
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
    upstream.on('data', (chunk) => (received += chunk.length));
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, received: () => received, reset: () => (received = 0), stop: () => new Promise((resolve) => server.close(resolve)) };
}

async function bytesUnder(dir) {
  let total = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await bytesUnder(path);
    else if (entry.isFile()) total += (await fs.stat(path)).size;
  }
  return total;
}

/** Scenarios for each world in `worlds` (key -> world with an app of one module); servers are stopped by the returned stop(). */
export async function firstInstallScenarios(ctx, worlds) {
  const list = [];
  const servers = [];
  for (const [key, world] of worlds) {
    const daemon = await startDaemon(dirname(world.url));
    const proxy = await countingProxy(daemon.port);
    servers.push(daemon, proxy);
    const url = `git://127.0.0.1:${proxy.port}/${basename(world.url)}`;
    const app = world.apps.find((a) => a.size === 1);
    const home = join(ctx.runDir, `home-${key}`);
    const workspace = join(ctx.runDir, `ws-${key}`);
    list.push({
      id: `first-${key}`,
      group: 'first install of one module over git://',
      label: `from ${world.stats.versions.toLocaleString('en')} versions (${(world.stats.tarballBytes / 1e6).toFixed(0)} MB of tarballs)`,
      weight: 'light',
      prepare: async () => {
        await fs.rm(home, { recursive: true, force: true });
        await fs.rm(workspace, { recursive: true, force: true });
        await fs.mkdir(home, { recursive: true });
        await fs.mkdir(workspace, { recursive: true });
        await fs.writeFile(join(workspace, 'gotong.json'), `${JSON.stringify({ name: '@kuburaya/portal', version: '1.0.0', dependencies: app.requested }, null, 2)}\n`);
        proxy.reset();
      },
      run: async () => {
        const added = await gotong(ctx, home, ctx.runDir, ['registry', 'add', 'bench', url, '--root-sha256', world.rootSha256]);
        const installed = await gotong(ctx, home, workspace, ['install', '--registry', 'bench']);
        const needed = (await bytesUnder(join(home, 'trust'))) + (await bytesUnder(join(home, 'cache')));
        const receivedBytes = proxy.received();
        return { ms: added.ms + installed.ms, rssBytes: Math.max(added.rssBytes ?? 0, installed.rssBytes ?? 0), extra: { receivedKB: receivedBytes / 1024, neededKB: needed / 1024, receivedToNeeded: receivedBytes / needed } };
      },
    });
  }
  return { scenarios: list, stop: async () => Promise.all(servers.map((s) => s.stop())) };
}
