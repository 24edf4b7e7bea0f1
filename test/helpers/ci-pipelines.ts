// Runs the pipelines in examples/ci/ on this machine the way GitLab CI and GitHub
// Actions run them: what starts a job (GitLab `rules:` on the pipeline's source, tag,
// branch and variables; a workflow's `on:` push and schedule filters and a job's `if:`),
// the forge's variables, secrets and predefined values as the environment, the shell
// steps in bash with the forge's options, and the few forge actions the examples call
// (checkout, setup-node, upload-artifact) stood in for. Any other key, expression or
// action in a pipeline is refused, so an example cannot quietly grow a step or a
// condition the tests skip. The one home of the `yaml` package.
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
  /** False when the job's rules or triggers did not start it (`log` says why); its steps are then empty. */
  started: boolean;
  ok: boolean;
  steps: StepRun[];
  /** Absolute paths of the artifacts the job keeps that exist after it ran. */
  artifacts: string[];
  /** Every step's output, for failure messages. */
  log: string;
  /** The environment each step ran with, and the content of every file variable: what a step could read. */
  exposed: string[];
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

function finish(steps: StepRun[], artifacts: string[], exposed: string[]): JobRun {
  const log = steps.map((s) => `--- ${s.name} (exit ${s.code})\n${s.output}`).join('\n');
  return { started: true, ok: steps.every((s) => s.code === 0), steps, artifacts, log, exposed };
}

function notStarted(why: string): JobRun {
  return { started: false, ok: false, steps: [], artifacts: [], log: `not started: ${why}`, exposed: [] };
}

const environmentText = (env: Env) => Object.entries(env).map(([k, v]) => `${k}=${v ?? ''}`).join('\n');

function refuseUnknownKeys(what: string, value: Record<string, unknown>, known: string[]): void {
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new Error(`${what}: ${unknown.join(', ')} is not stood in for here`);
}

function literal(name: string, value: unknown): string {
  const text = String(value);
  if (text.includes('$')) throw new Error(`variable ${name} refers to other variables, which this stand-in does not expand`);
  return text;
}

/** What started a GitLab pipeline: a push of a tag or a branch, or a pipeline schedule (on the default branch, main). */
export type GitlabPipeline = { source: 'push'; tag: string } | { source: 'push'; branch: string } | { source: 'schedule'; variables?: Record<string, string> };

export interface GitlabOptions {
  /** The checkout ($CI_PROJECT_DIR); also the job's working folder. */
  projectDir: string;
  /** A folder for the job's own files (the script and File variables). */
  scratch: string;
  env: Env;
  pipeline: GitlabPipeline;
  /** Project CI/CD variables: they override the file's `variables`. */
  variables: Record<string, string>;
  /** Project CI/CD variables of type File: the job sees the path of a file holding the value. */
  fileVariables: Record<string, string>;
}

const GITLAB_TOP_LEVEL = ['variables', 'stages'];
const GITLAB_JOB_KEYS = ['stage', 'image', 'rules', 'resource_group', 'variables', 'script', 'artifacts'];

/**
 * One clause of a rule's `if:`: `$VAR == "text"`, `$VAR != "text"`, `$VAR == null`
 * or `$VAR =~ /regex/`, joined by `&&`. An unset variable is null and matches no regex.
 */
function gitlabCondition(condition: string, env: Env): boolean {
  return condition.split(' && ').every((clause) => {
    const m = /^\$([A-Za-z_][A-Za-z0-9_]*) (==|!=|=~) (?:"([^"]*)"|(null)|\/(.+)\/)$/.exec(clause.trim());
    if (!m) throw new Error(`rules: "${clause}" is not understood by this stand-in`);
    const value = env[m[1]] ?? null;
    if (m[2] === '=~') {
      if (m[5] === undefined) throw new Error(`rules: "${clause}" needs a /regex/`);
      return value !== null && new RegExp(m[5]).test(value);
    }
    const expected = m[4] === 'null' ? null : m[3];
    if (expected === undefined) throw new Error(`rules: "${clause}" compares with a regex`);
    return (value === expected) === (m[2] === '==');
  });
}

/** One GitLab CI job: its `rules` (first match starts it), `variables` and `script` (one bash session, errexit and pipefail), then its `artifacts:paths`. */
export async function runGitlabJob(file: string, jobName: string, o: GitlabOptions): Promise<JobRun> {
  const pipeline = parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
  for (const [key, value] of Object.entries(pipeline)) {
    if (!GITLAB_TOP_LEVEL.includes(key) && !(value && typeof value === 'object' && 'script' in value)) throw new Error(`${key}: a top-level key that is not stood in for here`);
  }
  const job = pipeline[jobName];
  if (!job) throw new Error(`the pipeline has no job ${jobName}`);
  refuseUnknownKeys(`job ${jobName}`, job, GITLAB_JOB_KEYS);

  const env: Env = { ...o.env, CI: 'true', GITLAB_CI: 'true', CI_PROJECT_DIR: o.projectDir, CI_PIPELINE_SOURCE: o.pipeline.source };
  if ('tag' in o.pipeline) Object.assign(env, { CI_COMMIT_TAG: o.pipeline.tag, CI_COMMIT_REF_NAME: o.pipeline.tag });
  else {
    const branch = 'branch' in o.pipeline ? o.pipeline.branch : 'main';
    Object.assign(env, { CI_COMMIT_BRANCH: branch, CI_COMMIT_REF_NAME: branch });
  }
  for (const [name, value] of [...Object.entries(pipeline.variables ?? {}), ...Object.entries((job.variables ?? {}) as Record<string, unknown>)]) env[name] = literal(name, value);
  Object.assign(env, o.variables, o.pipeline.source === 'schedule' ? o.pipeline.variables : {});
  for (const [name, value] of Object.entries(o.fileVariables)) {
    env[name] = join(o.scratch, `variable-${name}`);
    writeFileSync(env[name]!, value, { mode: 0o600 });
  }

  const rules = job.rules as Record<string, unknown>[] | undefined;
  if (!Array.isArray(rules) || rules.length === 0) throw new Error(`job ${jobName}: a job without rules is not stood in for here`);
  for (const rule of rules) refuseUnknownKeys(`job ${jobName}: a rule`, rule, ['if']);
  if (!rules.some((rule) => gitlabCondition(String(rule.if), env))) return notStarted(`no rule of ${jobName} matches this ${o.pipeline.source} pipeline`);

  const script = (job.script as string[]).join('\n');
  const step = await runBash('script', script, join(o.scratch, 'gitlab-script.sh'), ['-eo', 'pipefail'], o.projectDir, env);
  const artifacts = (((job.artifacts as { paths?: string[] } | undefined)?.paths ?? []) as string[]).map((p) => resolve(o.projectDir, p)).filter((p) => existsSync(p));
  return finish([step], artifacts, [environmentText(env), ...Object.values(o.fileVariables)]);
}

/** What started a workflow run: a push of a tag or a branch, a schedule (one of its `cron` lines), or a run by hand. */
export type GithubEvent = { push: { tag: string } } | { push: { branch: string } } | { schedule: string } | { workflow_dispatch: true };

export interface GithubOptions {
  /** The checkout ($GITHUB_WORKSPACE); also each step's working folder. */
  workspace: string;
  /** $RUNNER_TEMP: the runner's temporary folder, outside the checkout. */
  runnerTemp: string;
  env: Env;
  event: GithubEvent;
  secrets: Record<string, string>;
  /** New values for entries of the workflow's top-level `env`, as a team edits its copy of the file. */
  edits?: Record<string, string>;
}

const GITHUB_TOP_LEVEL = ['name', 'on', 'permissions', 'concurrency', 'env', 'jobs'];
const GITHUB_JOB_KEYS = ['if', 'runs-on', 'environment', 'steps', 'env', 'permissions', 'timeout-minutes'];

/**
 * A branch or tag filter of `on: push` (GitHub's filter patterns): `*` is anything but
 * `/`, `**` is anything, `+` and `?` repeat the character before, `[...]` is a class.
 */
function filterPattern(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '[') {
      const end = pattern.indexOf(']', i);
      source += pattern.slice(i, end + 1);
      i = end;
    } else if (c === '+' || c === '?') source += c;
    else if (c === '!') throw new Error(`filter ${pattern}: negative patterns are not stood in for here`);
    else source += c.replace(/[.^$(){}|\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Why the workflow's `on:` does not start a run for this event, or null when it does. */
function notTriggered(on: Record<string, unknown>, event: GithubEvent): string | null {
  refuseUnknownKeys('on', on, ['push', 'schedule', 'workflow_dispatch']);
  if ('workflow_dispatch' in event) return 'workflow_dispatch' in on ? null : 'the workflow cannot be run by hand';
  if ('schedule' in event) {
    const crons = ((on.schedule ?? []) as { cron: string }[]).map((entry) => entry.cron);
    return crons.includes(event.schedule) ? null : `the workflow has no schedule "${event.schedule}"`;
  }
  const push = on.push as Record<string, string[]> | undefined;
  if (!push) return 'the workflow does not run on push';
  refuseUnknownKeys('on.push', push, ['tags', 'branches']);
  const [kind, name] = 'tag' in event.push ? (['tags', event.push.tag] as const) : (['branches', event.push.branch] as const);
  return (push[kind] ?? []).some((pattern) => filterPattern(pattern).test(name)) ? null : `a push of ${kind === 'tags' ? 'tag' : 'branch'} ${name} matches no on.push.${kind} filter`;
}

/** A job's `if:`: comparisons of `github.event_name` or `github.event.schedule` with a 'string', joined by `||`. */
function jobCondition(condition: string, event: GithubEvent): boolean {
  const context: Record<string, string> = { 'github.event_name': Object.keys(event)[0], 'github.event.schedule': 'schedule' in event ? event.schedule : '' };
  return condition
    .replace(/^\$\{\{\s*|\s*\}\}$/g, '')
    .split(' || ')
    .some((part) => {
      const m = /^(github\.event_name|github\.event\.schedule) == '([^']*)'$/.exec(part.trim());
      if (!m) throw new Error(`if: ${part} is not understood by this stand-in`);
      return context[m[1]] === m[2];
    });
}

/** One GitHub Actions job: the workflow's `on:` and the job's `if:`, workflow, job and step `env`, each `run` step in bash (-eo pipefail), `if: always()` after a failure, and the stand-in actions. */
export async function runGithubJob(file: string, jobName: string, o: GithubOptions): Promise<JobRun> {
  const workflow = parse(readFileSync(file, 'utf8'));
  refuseUnknownKeys('the workflow', workflow, GITHUB_TOP_LEVEL);
  const job = workflow.jobs[jobName];
  if (!job) throw new Error(`the workflow has no job ${jobName}`);
  refuseUnknownKeys(`job ${jobName}`, job, GITHUB_JOB_KEYS);
  const why = notTriggered(workflow.on, o.event);
  if (why) return notStarted(why);
  if (job.if !== undefined && !jobCondition(String(job.if), o.event)) return notStarted(`if: ${String(job.if)} is false for this run`);

  const expression = (text: unknown): string =>
    String(text).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_all, inner: string) => {
      const secret = /^secrets\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(inner);
      if (secret) return o.secrets[secret[1]] ?? '';
      if (inner === 'runner.temp') return o.runnerTemp;
      throw new Error(`expression \${{ ${inner} }} is not understood by this stand-in`);
    });
  const evaluated = (vars: Record<string, unknown> | undefined) => Object.fromEntries(Object.entries(vars ?? {}).map(([k, v]) => [k, expression(v)]));

  const ref = 'push' in o.event ? ('tag' in o.event.push ? { GITHUB_REF: `refs/tags/${o.event.push.tag}`, GITHUB_REF_NAME: o.event.push.tag } : { GITHUB_REF: `refs/heads/${o.event.push.branch}`, GITHUB_REF_NAME: o.event.push.branch }) : { GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' };
  const base: Env = {
    ...o.env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: Object.keys(o.event)[0],
    GITHUB_WORKSPACE: o.workspace,
    ...ref,
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
  const exposed: string[] = [];
  for (const [index, step] of (job.steps as Record<string, unknown>[]).entries()) {
    const name = String(step.name ?? step.uses ?? `step ${index + 1}`);
    refuseUnknownKeys(`step ${name}`, step, ['name', 'uses', 'with', 'run', 'env', 'if']);
    if (step.if !== undefined && step.if !== 'always()') throw new Error(`step ${name}: if: ${String(step.if)} is not understood by this stand-in`);
    if (steps.some((s) => s.code !== 0) && step.if !== 'always()') continue;
    if (typeof step.run === 'string') {
      const env = { ...base, ...evaluated(step.env as Record<string, unknown>) };
      exposed.push(environmentText(env));
      steps.push(await runBash(name, expression(step.run), join(o.runnerTemp, `step-${index}.sh`), ['-eo', 'pipefail'], o.workspace, env));
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
  return finish(steps, artifacts, exposed);
}
