// What every command shares: --json, --cwd, --verbose, the reporter, and one
// place that turns a result or an error into output and an exit code.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { GotongError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import { hintForCommand } from './hint-flags.js';
import { t } from '../i18n/translate.js';
import { asGotongError, colours, HumanReporter, JsonReporter, printJson, processOutput, renderError, type Output } from './render.js';

export interface CommonFlags {
  json?: boolean;
  cwd?: string;
  verbose?: boolean;
}

export interface CommandContext {
  json: boolean;
  verbose: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  reporter: Reporter;
  out: Output;
  colour: ReturnType<typeof colours>;
  interactive: boolean;
}

export function addCommonOptions(command: Command): Command {
  return command
    .option('--json', t('common.json'))
    .option('--cwd <dir>', t('common.cwd'))
    .option('--verbose', t('common.verbose'));
}

export function makeContext(flags: CommonFlags, env: NodeJS.ProcessEnv = process.env, out: Output = processOutput): CommandContext {
  const colour = colours(env, out.isTTY);
  const json = Boolean(flags.json);
  const verbose = Boolean(flags.verbose);
  return {
    json,
    verbose,
    cwd: resolve(flags.cwd ?? process.cwd()),
    env,
    reporter: json ? new JsonReporter(out) : new HumanReporter(out, colour, verbose),
    out,
    colour,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) && env.CI !== 'true',
  };
}

/** The command commander is about to run (main.ts sets it from a preAction hook). */
let runningCommand: Command | undefined;

export function rememberRunningCommand(command: Command): void {
  runningCommand = command;
}

/**
 * Runs a command body. The body returns the JSON document and a human
 * rendering; `exitCode` lets a finished command report failure (verify).
 */
export async function runCommand(
  flags: CommonFlags,
  body: (ctx: CommandContext) => Promise<{ json: Record<string, unknown>; human: string; exitCode?: number }>,
): Promise<void> {
  const ctx = makeContext(flags);
  try {
    const result = await body(ctx);
    if (ctx.reporter instanceof HumanReporter) ctx.reporter.clearProgress();
    if (ctx.json) printJson(ctx.out, { ok: (result.exitCode ?? 0) === 0, ...result.json });
    else if (result.human) ctx.out.stdout(result.human.endsWith('\n') ? result.human : result.human + '\n');
    process.exitCode = result.exitCode ?? 0;
  } catch (error) {
    const failure = asGotongError(error);
    if (ctx.reporter instanceof HumanReporter) ctx.reporter.clearProgress();
    const hint = runningCommand ? hintForCommand(failure.hint, runningCommand) : failure.hint;
    renderError(ctx.out, ctx.colour, failure, { json: ctx.json, verbose: ctx.verbose, hint });
    process.exitCode = failure.exitCode;
  }
}

export function usage(message: string, hint: string): GotongError {
  return new GotongError('GOTONG_E_USAGE', message, { hint });
}

/** Collects a repeatable option into an array. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
