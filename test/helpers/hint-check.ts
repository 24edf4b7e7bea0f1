// Checks a hint printed by the built command line against the command that
// printed it, read from the command tree itself (not from hint-flags.ts).
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/main.js';

function find(words: string[]): Command {
  let command = buildProgram();
  for (const word of words) {
    const sub = command.commands.find((c) => c.name() === word);
    if (!sub) throw new Error(`no command gotong ${words.join(' ')}`);
    command = sub;
  }
  return command;
}

/** The bare --flags a hint names that `gotong WORDS` lacks; quoted `gotong …` lines are another command's. */
export function flagsTheCommandLacks(hint: string | null | undefined, words: string[]): string[] {
  const command = find(words);
  const named = [...(hint ?? '').replace(/`gotong [^`]*`/g, ' ').matchAll(/--[a-z][a-z0-9-]*/g)].map((m) => m[0]);
  return named.filter((flag) => flag !== '--help' && !command.options.some((o) => o.long === flag));
}
