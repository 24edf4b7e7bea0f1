#!/usr/bin/env node
// The embedded default: a staged registry in a local folder, keys generated,
// the example modules proposed by Kota Bandung, accepted by the registry's
// pipeline and installed by Kabupaten Kubu Raya, then everything verified.
// Everything lands in .gotong-demo/.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const demo = join(repo, '.gotong-demo');
const gotong = join(repo, 'bin', 'gotong.js');
rmSync(demo, { recursive: true, force: true });
mkdirSync(join(demo, 'keys'), { recursive: true });

function run(who, args, options = {}) {
  const env = { ...process.env, GOTONG_HOME: join(demo, who, 'home'), ...options.env };
  delete env.GOTONG_REGISTRY;
  console.log(`\n[${who}] $ gotong ${args.join(' ')}`);
  const out = execFileSync(process.execPath, [gotong, ...args], { cwd: options.cwd ?? demo, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(out);
  return out;
}

const keys = (name) => join(demo, 'keys', name);
run('admin', ['keys', 'generate', '--out', keys('admin.pem')]);
run('admin', ['keys', 'generate', '--out', keys('online.pem')]);
run('bandung', ['keys', 'generate', '--out', keys('bandung.pem')]);
const init = JSON.parse(run('admin', ['registry', 'init', join(demo, 'registry.git'), '--name', 'nusantara', '--root-key', keys('admin.pem'), '--online-key', keys('online.pem'), '--json']));
run('admin', ['registry', 'add-namespace', 'bandung', '--registry', init.url, '--publisher-key', keys('bandung.pem.pub'), '--admin-key', keys('admin.pem'), '--online-key', keys('online.pem')]);

// Bandung's CI proposes every example version, oldest first, with its publisher key alone.
const examples = join(repo, 'examples', 'bandung');
for (const module of readdirSync(examples).sort()) {
  const versions = readdirSync(join(examples, module)).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  for (const version of versions) {
    run('bandung', ['publish', join(examples, module, version), '--registry', init.url, '--json'], {
      env: { GOTONG_SIGNING_KEY: readKey('bandung.pem') },
    });
  }
}

// The registry's own pipeline, the one place the online key lives, reviews the proposals and moves main.
run('registry-pipeline', ['registry', 'pending', '--registry', init.url]);
run('registry-pipeline', ['registry', 'accept', '--registry', init.url], { env: { GOTONG_ONLINE_KEY: readKey('online.pem') } });

// Kubu Raya pins the root it was given out of band and installs.
const portal = join(demo, 'kuburaya-portal');
cpSync(join(repo, 'examples', 'kuburaya-portal'), portal, { recursive: true });
run('kuburaya', ['registry', 'add', 'nusantara', init.url, '--root-sha256', init.rootSha256]);
run('kuburaya', ['install'], { cwd: portal });
run('kuburaya', ['ls'], { cwd: portal });
// The portal's gotong-settings.json gave @bandung/sso-asn Kubu Raya's name, region code and SSO endpoint.
run('kuburaya', ['config', 'list', '@bandung/sso-asn'], { cwd: portal });
run('kuburaya', ['verify'], { cwd: portal });
run('kuburaya', ['registry', 'verify', '--registry', 'nusantara']);
if (existsSync(join(repo, 'dist', 'catalog', 'build.js'))) {
  run('kuburaya', ['catalog', 'build', '--registry', 'nusantara', '--out', join(demo, 'catalog')]);
}
console.log(`\nDone. The registry is in ${join(demo, 'registry.git')}, Kubu Raya's workspace in ${portal}.`);

function readKey(name) {
  return execFileSync('cat', [keys(name)], { encoding: 'utf8' });
}
