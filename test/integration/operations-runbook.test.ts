// docs/OPERATIONS.md is a runbook, and every ```sh block in it is run here, in
// order, by bash with `set -euo pipefail`, in one scratch folder, against one
// bare registry served by `git daemon` on loopback: the consortium's git host.
// `gotong` on PATH is this checkout's bin/gotong.js; HOME and GOTONG_HOME are
// the scratch folder's (a block that says "on Kubu Raya's server" sets its own
// GOTONG_HOME); CI=true and no stdin, as in a pipeline. What one block assigns
// or exports, and the folder it ends in, carry over to the next, as they would
// in a terminal kept open. A block preceded by `<!-- runbook: not run: WHY -->`
// is skipped, and the doc must say why; such blocks stay rare. A failing block
// fails its test with the block's script and output; RUNBOOK_SHOW=1 prints every
// block's output.
import { execFileSync, spawn } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOTONG_BIN } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { startGitServer, type GitServer } from '../helpers/git-server.js';
import { assertCliBuilt } from '../helpers/processes.js';

const DOC = 'docs/OPERATIONS.md';

interface Block {
  /** 1-based, counting every sh block of the doc. */
  index: number;
  line: number;
  section: string;
  script: string;
  /** Why the block is not run, when the doc marks it so. */
  notRun?: string;
}

/** Every ```sh block of the runbook, with the heading it sits under and its not-run marker. */
function runbookBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let section = '';
  let marker: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = /^#{1,4} (.+)$/.exec(line);
    if (heading) section = heading[1];
    const mark = /^<!-- runbook: not run: (.+?) -->$/.exec(line.trim());
    if (mark) marker = mark[1];
    else if (/^\s*```/.test(line)) {
      // A block may sit in a list item, indented: its lines lose that indent.
      const indent = /^\s*/.exec(line)![0].length;
      const start = i + 1;
      const body: string[] = [];
      for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]); i++) body.push(lines[i].slice(Math.min(indent, /^\s*/.exec(lines[i])![0].length)));
      if (/^\s*```sh\s*$/.test(line)) blocks.push({ index: blocks.length + 1, line: start, section, script: body.join('\n'), notRun: marker });
      marker = undefined;
    } else if (line.trim() !== '' && marker !== undefined && !line.startsWith('<!--')) {
      // A marker belongs to the block right after it, prose in between breaks it.
      marker = undefined;
    }
  }
  return blocks;
}

/** The exported shell state a block leaves for the next: variables and the folder it is in. */
const SAVE_STATE = `
export -p | grep -Ev '^declare -x (OLDPWD|PWD|SHLVL|_)=' > "$RUNBOOK_DIR/state.sh"
pwd > "$RUNBOOK_DIR/cwd"
`;

function runBlock(block: Block, runbookDir: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string; ms: number }> {
  const script = [
    `[ -f "$RUNBOOK_DIR/state.sh" ] && . "$RUNBOOK_DIR/state.sh"`,
    `cd "$(cat "$RUNBOOK_DIR/cwd")"`,
    // Every assignment is exported, so that a variable set in one block is there in the next.
    'set -a',
    'set -euo pipefail',
    block.script,
    SAVE_STATE,
  ].join('\n');
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-c', script], { env: { ...env, RUNBOOK_DIR: runbookDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, ms: Date.now() - started }));
  });
}

const blocks = runbookBlocks(readFileSync(new URL(`../../${DOC}`, import.meta.url), 'utf8'));

describe(`${DOC}: every step, run`, () => {
  let world: TestWorld;
  let server: GitServer;
  let env: NodeJS.ProcessEnv;
  let failed: string | undefined;

  beforeAll(async () => {
    assertCliBuilt();
    world = makeWorld('gotong-runbook-');
    // The consortium's git host: an empty bare repository, served over git://.
    execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', world.path('served', 'nusantara.git')]);
    server = await startGitServer(world.path('served'));
    // `gotong` on PATH, as the release tarball installs it.
    await fs.mkdir(world.path('bin'), { recursive: true });
    await fs.writeFile(world.path('bin', 'gotong'), `#!/bin/sh\nexec "${process.execPath}" "${GOTONG_BIN}" "$@"\n`, { mode: 0o755 });
    await fs.mkdir(world.path('runbook'), { recursive: true });
    await fs.mkdir(world.path('work'), { recursive: true });
    await fs.writeFile(world.path('runbook', 'cwd'), world.path('work'));
    env = {
      ...world.env,
      PATH: `${world.path('bin')}:${process.env.PATH}`,
      HOME: world.path('home-user'),
      GOTONG_HOME: world.path('home-default'),
      CI: 'true',
      GIT_CONFIG_NOSYSTEM: '1',
      // What the Setting block reads from the environment.
      REGISTRY: server.url('nusantara.git'),
      ADMIN_PASSPHRASE: 'gotong-royong-nusantara-2027',
    };
    delete env.GOTONG_REGISTRY;
  });
  afterAll(async () => {
    await server?.stop();
    await world?.cleanup();
  });

  it('has sh blocks, the first of them the Setting, and few that are not run', () => {
    expect(blocks.length).toBeGreaterThan(20);
    expect(blocks[0].section).toBe('Setting');
    expect(blocks[0].notRun).toBeUndefined();
    expect(blocks.filter((b) => b.notRun).length).toBeLessThanOrEqual(2);
  });

  for (const block of blocks) {
    const name = `block ${block.index} (${DOC}:${block.line}, "${block.section}")`;
    if (block.notRun) {
      it.skip(`${name}: not run, ${block.notRun}`, () => undefined);
      continue;
    }
    it(name, async (context) => {
      if (failed) context.skip(`${failed} failed first`);
      const result = await runBlock(block, world.path('runbook'), env);
      if (result.code !== 0) failed = name;
      if (process.env.RUNBOOK_SHOW) console.log(`=== ${name}\n${result.output}`);
      expect(result.code, `${name} exited with ${result.code} after ${result.ms} ms\n--- script\n${block.script}\n--- output\n${result.output}`).toBe(0);
    });
  }

  it('leaves the registry and Kubu Raya\'s portal as the runbook says', async (context) => {
    if (failed) context.skip(`${failed} failed first`);
    const work = (...parts: string[]) => world.path('work', ...parts);
    const lock = JSON.parse(await fs.readFile(work('portal', 'gotong-lock.json'), 'utf8')) as { modules: Record<string, { version: string }> };
    expect(Object.fromEntries(Object.entries(lock.modules).map(([name, m]) => [name, m.version]))).toEqual({ '@bandung/e-musrenbang': '2.1.2' });
    const status = JSON.parse(
      execFileSync(process.execPath, [GOTONG_BIN, 'registry', 'status', '--registry', 'nusantara', '--json'], { env: { ...env, GOTONG_HOME: work('homes', 'pipeline') }, encoding: 'utf8' }),
    ) as { mode: string; state: string; roles: Array<{ name: string; version: number | null }>; pending: Record<string, { count: number }> };
    expect(status).toMatchObject({ mode: 'staged', state: 'ok', pending: { incoming: { count: 0 }, refused: { count: 0 }, ceremony: { count: 0 } } });
    // Bandung's 2.1.3, refused as signed by the leaked key, is on main as released again with the new key.
    const info = JSON.parse(
      execFileSync(process.execPath, [GOTONG_BIN, 'info', '@bandung/e-musrenbang', '--registry', 'nusantara', '--json'], { env: { ...env, GOTONG_HOME: work('homes', 'pipeline') }, encoding: 'utf8' }),
    ) as { versions: Array<{ version: string; yanked: boolean; deprecated: string | null; publisherKeyId: string }> };
    const newKey = execFileSync(process.execPath, [GOTONG_BIN, 'keys', 'show', work('shared', 'bandung-ci-2027.pem.pub'), '--json'], { env, encoding: 'utf8' });
    expect(info.versions.map((v) => [v.version, v.yanked, v.deprecated !== null])).toEqual([
      ['2.1.0', false, true],
      ['2.1.1', true, true],
      ['2.1.2', false, false],
      ['2.1.3', false, false],
    ]);
    expect(info.versions[3].publisherKeyId).toBe(JSON.parse(newKey).keyId);
    // Root v2 (the administrators take over), v3 (the yearly renewal), v4 (the new online key); kuburaya removed.
    expect(status.roles.map((r) => r.name)).toEqual(['root', 'timestamp', 'snapshot', 'targets', 'bandung']);
    expect(status.roles[0].version).toBe(4);
  });
});

describe('the runbook parser', () => {
  it('takes sh blocks in order with their section, and a not-run marker only for the block right after it', () => {
    const text = ['# Doc', '## Setting', '```sh', 'A=1', '```', '## Two', '<!-- runbook: not run: needs an attacker -->', '', '```sh', 'echo b', '```', '<!-- runbook: not run: x -->', 'prose', '```sh', 'echo c', '```', '```text', 'not sh', '```'].join('\n');
    expect(runbookBlocks(text).map((b) => [b.index, b.line, b.section, b.script, b.notRun])).toEqual([
      [1, 3, 'Setting', 'A=1', undefined],
      [2, 9, 'Two', 'echo b', 'needs an attacker'],
      [3, 14, 'Two', 'echo c', undefined],
    ]);
  });
});
