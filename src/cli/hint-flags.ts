// A hint never names a flag the command that shows it does not have.
//
// Core code cannot know which command reached it: `gotong install` and
// `gotong registry add` both fetch a registry, and only install has
// --offline. So the check is made where the command is known, at the
// command-line edge (runCommand): each sentence of a hint is shown only when
// every flag it names exists, on the running command for a bare `--flag`, or
// on the quoted command for a `gotong …` command line in backticks. Advice
// that holds only for some commands is therefore written as a sentence of its
// own ("Add --offline to work from the cache."), and the rest of the hint
// stays. When no sentence is left, the hint points at the command's --help.
// hint-flags.test.ts reads every hint written in src/ and checks the quoted
// command lines against the command tree, which the edge cannot repair.
import type { Command } from 'commander';
import { t } from '../i18n/translate.js';

const FLAG = /--[a-z][a-z0-9-]*/g;
const QUOTED_COMMAND = /`gotong( [^`]*)?`/g;
const OTHER_COMMAND = /`(?!gotong[ `])[a-z][a-z0-9-]* [^`]*`/g;
/** A sentence ends at . ! or ? before a capital, a backtick or an opening parenthesis. */
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[A-Z`(])/;

export interface FlagMention {
  flag: string;
  /** The words of a quoted `gotong …` command line, or null for the running command. */
  quoted: string[] | null;
}

/** Every `--flag` a text names, and whose flag it is meant to be. */
export function flagMentions(text: string): FlagMention[] {
  const mentions: FlagMention[] = [];
  for (const match of text.matchAll(QUOTED_COMMAND)) {
    const words = (match[1] ?? '').trim().split(/\s+/).filter(Boolean);
    const flags = words.filter((w) => w.startsWith('--')).map((w) => w.match(FLAG)?.[0] ?? w);
    // A quoted command line is checked even when it names no flag: the command itself must exist.
    mentions.push(...(flags.length ? flags : ['']).map((flag) => ({ flag, quoted: words })));
  }
  // Another program's command line in backticks (`git restore --staged PATH`) names its own flags, not gotong's.
  for (const match of text.replace(QUOTED_COMMAND, ' ').replace(OTHER_COMMAND, ' ').matchAll(FLAG)) mentions.push({ flag: match[0], quoted: null });
  return mentions;
}

/** The command a quoted `gotong …` line runs, or null when there is no such command. */
export function quotedCommand(program: Command, words: string[]): Command | null {
  let command = program;
  for (const word of words) {
    if (word.startsWith('-')) break;
    const sub = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    // A word that is no sub-command is an argument, unless the command only groups others.
    if (!sub) return command.commands.length > 0 ? null : command;
    command = sub;
  }
  return command;
}

export function hasFlag(command: Command, flag: string): boolean {
  if (flag === '--help') return true;
  return command.options.some((o) => o.long === flag || o.short === flag);
}

function rootOf(command: Command): Command {
  let root = command;
  while (root.parent) root = root.parent;
  return root;
}

/** "gotong registry add-namespace" for that command. */
export function commandLine(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Whether every flag (and quoted command) the text names exists, seen from the running command. */
export function namesOnlyRealFlags(text: string, running: Command): boolean {
  return flagMentions(text).every(({ flag, quoted }) => {
    const target = quoted ? quotedCommand(rootOf(running), quoted) : running;
    return target !== null && (flag === '' || hasFlag(target, flag));
  });
}

/** The hint as the running command shows it: sentences naming a flag it lacks are left out. */
export function hintForCommand(hint: string | undefined, running: Command): string | undefined {
  if (!hint) return hint;
  const kept = hint.split(SENTENCE_BREAK).filter((sentence) => namesOnlyRealFlags(sentence, running));
  return kept.length > 0 ? kept.join(' ') : t('usage.seeHelp.only', { command: commandLine(running) });
}
