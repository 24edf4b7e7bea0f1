// Runs the publishing pipelines in examples/ci/ on this machine the way GitLab CI and
// GitHub Actions run them: the forge's variables, secrets and predefined values become
// the environment, the shell steps run in bash with the forge's options, and the few
// forge actions the examples call (checkout, setup-node, upload-artifact) are stood in
// for. Anything else in a pipeline is refused, so an example cannot quietly grow a step
// the tests skip. The one home of the `yaml` package.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export interface StepRun {
  name: string;
  code: number;
  output: string;
}

export interface JobRun {
  ok: boolean;
  steps: StepRun[];
  /** Absolute paths of the artifacts the job keeps that exist after it ran. */
  artifacts: string[];
  /** Every step's output, for failure messages. */
  log: string;
}

type Env = Record<string, string | undefined>;

function runBash(name: string, script: string, scriptFile: string, shellOptions: string[], cwd: string, env: Env): Promise<StepRun> {
  writeFileSync(scriptFile, script);
  return new Promise((done, fail) => {
    const child = spawn('bash', ['--noprofile', '--norc', ...shellOptions, scriptFile], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => done({ name, code: code ?? -1, output }));
  });
}

function finish(steps: StepRun[], artifacts: string[]): JobRun {
  const log = steps.map((s) => `--- ${s.name} (exit ${s.code})\n${s.output}`).join('\n');
  return { ok: steps.every((s) => s.code === 0), steps, artifacts, log };
}

function literal(name: string, value: unknown): string {
  const text = String(value);
  if (text.includes('$')) throw new Error(`variable ${name} refers to other variables, which this stand-in does not expand`);
  return text;
}

export interface GitlabOptions {
  /** The checkout ($CI_PROJECT_DIR); also the job's working folder. */
  projectDir: string;
  /** A folder for the job's own files (the script and File variables). */
  scratch: string;
  env: Env;
  tag: string;
  /** Project CI/CD variables: they override the file's `variables`. */
  variables: Record<string, string>;
  /** Project CI/CD variables of type File: the job sees the path of a file holding the value. */
  fileVariables: Record<string, string>;
}

/** One GitLab CI job: its `rules`, `variables` and `script` (one bash session, errexit and pipefail), then its `artifacts:paths`. */
export async function runGitlabJob(file: string, jobName: string, o: GitlabOptions): Promise<JobRun> {
  const pipeline = parse(readFileSync(file, 'utf8'));
  const job = pipeline[jobName];
  const rule = /^\$CI_COMMIT_TAG =~ \/(.+)\/$/.exec(job.rules?.[0]?.if ?? '');
  if (!rule || job.rules.length !== 1) throw new Error(`job ${jobName}: only one "if: $CI_COMMIT_TAG =~ /.../" rule is understood here`);
  if (!new RegExp(rule[1]).test(o.tag)) return finish([{ name: 'rules', code: 1, output: `tag ${o.tag} does not start the job` }], []);

  const env: Env = {
    ...o.env,
    CI: 'true',
    GITLAB_CI: 'true',
    CI_PROJECT_DIR: o.projectDir,
    CI_COMMIT_TAG: o.tag,
  };
  for (const [name, value] of [...Object.entries(pipeline.variables ?? {}), ...Object.entries(job.variables ?? {})]) env[name] = literal(name, value);
  Object.assign(env, o.variables);
  for (const [name, value] of Object.entries(o.fileVariables)) {
    env[name] = join(o.scratch, `variable-${name}`);
    writeFileSync(env[name]!, value, { mode: 0o600 });
  }

  const script = (job.script as string[]).join('\n');
  const step = await runBash('script', script, join(o.scratch, 'gitlab-script.sh'), ['-eo', 'pipefail'], o.projectDir, env);
  const artifacts = ((job.artifacts?.paths ?? []) as string[]).map((p) => resolve(o.projectDir, p)).filter((p) => existsSync(p));
  return finish([step], artifacts);
}

export interface GithubOptions {
  /** The checkout ($GITHUB_WORKSPACE); also each step's working folder. */
  workspace: string;
  /** $RUNNER_TEMP: the runner's temporary folder, outside the checkout. */
  runnerTemp: string;
  env: Env;
  tag: string;
  secrets: Record<string, string>;
  /** New values for entries of the workflow's top-level `env`, as a team edits its copy of the file. */
  edits?: Record<string, string>;
}

/** One GitHub Actions job: workflow, job and step `env`, each `run` step in bash (-eo pipefail), `if: always()` after a failure, and the stand-in actions. */
export async function runGithubJob(file: string, jobName: string, o: GithubOptions): Promise<JobRun> {
  const workflow = parse(readFileSync(file, 'utf8'));
  const job = workflow.jobs[jobName];
  const expression = (text: unknown): string =>
    String(text).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_all, inner: string) => {
      const secret = /^secrets\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(inner);
      if (secret) return o.secrets[secret[1]] ?? '';
      if (inner === 'runner.temp') return o.runnerTemp;
      throw new Error(`expression \${{ ${inner} }} is not understood by this stand-in`);
    });
  const evaluated = (vars: Record<string, unknown> | undefined) => Object.fromEntries(Object.entries(vars ?? {}).map(([k, v]) => [k, expression(v)]));

  const base: Env = {
    ...o.env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REF: `refs/tags/${o.tag}`,
    GITHUB_REF_NAME: o.tag,
    RUNNER_TEMP: o.runnerTemp,
    ...evaluated(workflow.env),
    ...evaluated(job.env),
  };
  for (const [name, value] of Object.entries(o.edits ?? {})) {
    if (!(name in (workflow.env ?? {}))) throw new Error(`the workflow has no env entry ${name} to edit`);
    base[name] = value;
  }
  const steps: StepRun[] = [];
  const artifacts: string[] = [];
  for (const [index, step] of (job.steps as Record<string, unknown>[]).entries()) {
    const name = String(step.name ?? step.uses ?? `step ${index + 1}`);
    if (step.if !== undefined && step.if !== 'always()') throw new Error(`step ${name}: if: ${String(step.if)} is not understood by this stand-in`);
    if (steps.some((s) => s.code !== 0) && step.if !== 'always()') continue;
    if (typeof step.run === 'string') {
      steps.push(await runBash(name, expression(step.run), join(o.runnerTemp, `step-${index}.sh`), ['-eo', 'pipefail'], o.workspace, { ...base, ...evaluated(step.env as Record<string, unknown>) }));
      continue;
    }
    const uses = String(step.uses);
    if (/^actions\/(checkout|setup-node)@/.test(uses)) continue; // the test made the checkout; node is this machine's
    if (/^actions\/upload-artifact@/.test(uses)) {
      const path = resolve(o.workspace, expression((step.with as Record<string, unknown>).path));
      if (existsSync(path)) artifacts.push(path);
      continue;
    }
    throw new Error(`step ${name}: ${uses} is not stood in for here`);
  }
  return finish(steps, artifacts);
}
