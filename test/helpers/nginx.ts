// Debian's nginx, started by a test as the current user with a configuration
// of its own in a temporary folder, in the foreground, on a free loopback
// port: the static web server a registry mirror is served by in production.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './git-server.js';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? null;

/** Why nginx tests cannot run here, or null when they can. */
export const nginxMissing: string | null = NGINX && spawnSync(NGINX, ['-v']).status === 0 ? null : 'nginx is not installed (apt-get install -y nginx-light)';

export interface Nginx {
  /** `http://127.0.0.1:PORT/<prefix>/` for a folder served under that prefix. */
  url(prefix: string): string;
  stop(): Promise<void>;
}

/** Serves each folder of `roots` under /<prefix>/, files only, dot files refused. */
export async function startNginx(workDir: string, roots: Record<string, string>): Promise<Nginx> {
  if (!NGINX) throw new Error(nginxMissing!);
  await fs.mkdir(workDir, { recursive: true });
  const port = await freePort();
  const locations = Object.entries(roots).map(([prefix, dir]) => `    location /${prefix}/ { alias ${dir}/; }`).join('\n');
  const conf = `${process.getuid?.() === 0 ? `user ${userInfo().username};\n` : ''}worker_processes 1;
pid ${workDir}/nginx.pid;
error_log ${workDir}/error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${workDir}/body;
  proxy_temp_path ${workDir}/proxy;
  fastcgi_temp_path ${workDir}/fastcgi;
  uwsgi_temp_path ${workDir}/uwsgi;
  scgi_temp_path ${workDir}/scgi;
  types { application/json json; application/gzip tgz; }
  default_type application/octet-stream;
  server {
    listen 127.0.0.1:${port};
    location ~ /\\. { return 404; }
${locations}
  }
}
`;
  await fs.writeFile(join(workDir, 'nginx.conf'), conf);
  const child = spawn(NGINX, ['-e', join(workDir, 'error.log'), '-p', workDir, '-c', join(workDir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${stderr}${await fs.readFile(join(workDir, 'error.log'), 'utf8').catch(() => '')}`);
    if (await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not answer on port ${port} within 10 s: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return {
    url: (prefix) => `http://127.0.0.1:${port}/${prefix}/`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}
