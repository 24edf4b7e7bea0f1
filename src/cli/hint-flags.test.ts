// Every hint written in src/, read with the TypeScript parser, against the
// real command tree: a quoted `gotong …` command line must name a command and
// flags that exist (the edge can only drop such a sentence, not mend it), a
// bare --flag must exist on some command, and the edge must show each hint
// to each command with only the flags that command has.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { buildProgram } from './main.js';
import { flagMentions, hasFlag, hintForCommand, quotedCommand } from './hint-flags.js';
import type { Command } from 'commander';
import { MESSAGE_FILES } from '../i18n/messages/index.js';
import type { MessageCatalog } from '../i18n/messages/catalog.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));

interface WrittenHint {
  where: string;
  text: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The texts an expression can produce; a ${…} becomes X, and the two sides of a ?: are two texts. */
function textsOf(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text + node.templateSpans.map((span) => `X${span.literal.text}`).join('')];
  if (ts.isParenthesizedExpression(node)) return textsOf(node.expression);
  if (ts.isConditionalExpression(node)) return [...textsOf(node.whenTrue), ...textsOf(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const left = textsOf(node.left);
    const right = textsOf(node.right);
    if (node.operatorToken.kind === ts.SyntaxKind.PlusToken) return left.flatMap((l) => right.map((r) => l + r));
    return [...left, ...right];
  }
  return [];
}

/** `hint: …` properties, and the hint argument of `usage(message, hint)`. */
function writtenHints(): WrittenHint[] {
  const hints: WrittenHint[] = [];
  for (const file of sourceFiles(SRC)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      let expression: ts.Expression | undefined;
      if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'hint') expression = node.initializer;
      if (ts.isCallExpression(node) && node.expression.getText(source) === 'usage' && node.arguments.length === 2) expression = node.arguments[1];
      if (expression) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        for (const text of textsOf(expression)) hints.push({ where: `${relative(SRC, file)}:${line}`, text });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return hints;
}

/** Hints in the message catalogs (keys ending in `.hint`), in both languages, a `{value}` read as X. */
function catalogHints(): WrittenHint[] {
  const hints: WrittenHint[] = [];
  for (const [file, messages] of Object.entries(MESSAGE_FILES)) {
    for (const [key, message] of Object.entries(messages as MessageCatalog)) {
      if (!key.endsWith('.hint') && !key.includes('.hint.')) continue;
      for (const lang of ['en', 'id'] as const) hints.push({ where: `i18n/messages/${file}.ts ${key} (${lang})`, text: message[lang].replace(/\{[a-zA-Z]+\}/g, 'X') });
    }
  }
  return hints;
}

function everyCommand(command: Command): Command[] {
  return [command, ...command.commands.flatMap(everyCommand)];
}

describe('flags named in hints', () => {
  const program = buildProgram();
  const commands = everyCommand(program);
  const hints = [...writtenHints(), ...catalogHints()];

  it('finds the hints written in src/ and in the message catalogs, in both languages', () => {
    expect(hints.length).toBeGreaterThan(80);
    expect(hints.map((h) => h.where)).toContainEqual('i18n/messages/common.ts io.hint.full (en)');
    expect(hints.map((h) => h.where)).toContainEqual('i18n/messages/common.ts usage.unknownCommand.hint (id)');
  });

  it('quotes only gotong command lines that exist, with their own flags', () => {
    const wrong: string[] = [];
    for (const { where, text } of hints) {
      for (const { flag, quoted } of flagMentions(text)) {
        if (!quoted) continue;
        const command = quotedCommand(program, quoted);
        if (!command) wrong.push(`${where}: \`gotong ${quoted.join(' ')}\` is no command`);
        else if (flag && !hasFlag(command, flag)) wrong.push(`${where}: \`gotong ${quoted.join(' ')}\` has no ${flag}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names bare flags that some command has', () => {
    const wrong = hints.flatMap(({ where, text }) =>
      flagMentions(text)
        .filter(({ flag, quoted }) => !quoted && !commands.some((c) => hasFlag(c, flag)))
        .map(({ flag }) => `${where}: ${flag}`),
    );
    expect(wrong).toEqual([]);
  });

  it('shows every hint to every command with only flags that command has, and whole where it has them all', () => {
    const wrong: string[] = [];
    for (const command of commands) {
      for (const { where, text } of hints) {
        const shown = hintForCommand(text, command) ?? '';
        const bare = [...shown.replace(/`[^`]*`/g, ' ').matchAll(/--[a-z][a-z0-9-]*/g)].map((m) => m[0]);
        const missing = bare.filter((flag) => flag !== '--help' && !command.options.some((o) => o.long === flag));
        if (missing.length) wrong.push(`${where} on ${command.name()}: ${missing.join(' ')}`);
        const allThere = flagMentions(text).every(({ flag, quoted }) => quoted || hasFlag(command, flag));
        if (allThere && shown !== text) wrong.push(`${where} on ${command.name()}: shown as "${shown}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the rest of a hint when one sentence names a flag the command lacks', () => {
    const registryAdd = quotedCommand(program, ['registry', 'add'])!;
    const install = quotedCommand(program, ['install'])!;
    const unreachable = 'Check the network and the registry URL, then run again. Add --offline to work from the cache.';
    expect(hintForCommand(unreachable, install)).toBe(unreachable);
    expect(hintForCommand(unreachable, registryAdd)).toBe('Check the network and the registry URL, then run again.');
    expect(hintForCommand('Pass --offline.', registryAdd)).toBe('Run `gotong registry add --help` for its options.');
    expect(hintForCommand('Run `gotong registry add NAME URL --offline`.', install)).toBe('Run `gotong install --help` for its options.');
  });
});
