// Runs the built command line on a real terminal: Python's pty module gives
// it one, and each answer is typed once the text it waits for shows (a
// question, or the message of a refused answer, whose typed text stays to be
// completed). A question left unanswered would leave the CLI waiting: the
// driver gives up after `seconds` and kills it.
import { execFileSync } from 'node:child_process';
import { GOTONG_BIN } from './cli.js';

const DRIVER = String.raw`
import json, os, pty, select, sys, time
answers = [(a.encode(), b.encode()) for a, b in json.loads(os.environ['GOTONG_TEST_ANSWERS'])]
seconds = float(os.environ['GOTONG_TEST_SECONDS'])
pid, fd = pty.fork()
if pid == 0:
    os.execvpe(sys.argv[1], sys.argv[1:], os.environ)
seen = b''
transcript = b''
deadline = time.time() + seconds
while time.time() < deadline:
    if not select.select([fd], [], [], 1)[0]:
        continue
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
    transcript += chunk
    if answers and answers[0][0] in seen[-4096:]:
        time.sleep(0.15)
        os.write(fd, answers.pop(0)[1] + b'\r')
        seen = b''
if time.time() >= deadline:
    os.kill(pid, 9)
_, status = os.waitpid(pid, 0)
sys.stdout.write('remaining=%d exit=%d\n%s' % (len(answers), os.waitstatus_to_exitcode(status), transcript[-6000:].decode('utf8', 'replace')))
`;

export interface TerminalRun {
  /** Answers not typed (0 when every expected question came) and the exit code. */
  remaining: number;
  code: number;
  transcript: string;
}

/** `answers`: [text to wait for, what to type before Enter], in order. */
export function onTerminal(args: string[], answers: Array<[string, string]>, options: { cwd: string; env: NodeJS.ProcessEnv; seconds?: number }): TerminalRun {
  const env: NodeJS.ProcessEnv = { ...options.env, TERM: 'dumb', NO_COLOR: '1', GOTONG_TEST_ANSWERS: JSON.stringify(answers), GOTONG_TEST_SECONDS: String(options.seconds ?? 30) };
  delete env.CI; // a CI job never gets questions
  const out = execFileSync('python3', ['-c', DRIVER, process.execPath, GOTONG_BIN, ...args], { cwd: options.cwd, env, encoding: 'utf8', timeout: ((options.seconds ?? 30) + 30) * 1000 });
  const [head, ...rest] = out.split('\n');
  const match = /^remaining=(\d+) exit=(-?\d+)$/.exec(head);
  return { remaining: Number(match?.[1] ?? -1), code: Number(match?.[2] ?? -1), transcript: rest.join('\n') };
}
