// Runs the built command line as a user would: a child process, no terminal.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const GOTONG_BIN = fileURLToPath(new URL('../../bin/gotong.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON when --json was passed. */
  json: Record<string, unknown> & { ok?: boolean; error?: { code: string; message: string; hint: string | null; details?: Record<string, unknown> } };
}

export function gotong(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; input?: string }): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [GOTONG_BIN, ...args], { cwd: options.cwd, env: { ...options.env, CI: 'true' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.stdin.end(options.input ?? '');
    child.on('close', (code) => {
      let json = {} as CliResult['json'];
      if (args.includes('--json')) {
        try {
          json = JSON.parse(stdout);
        } catch {
          json = {} as CliResult['json'];
        }
      }
      resolve({ code: code ?? -1, stdout, stderr, json });
    });
  });
}
