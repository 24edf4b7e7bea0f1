// The ignore rules of a module folder: `.gitignore` and `.gotongignore` files,
// gitignore syntax, each applying to the folder it sits in and everything
// below it, as git applies them. The only home of the `ignore` library, which
// does the matching; this file only says where each file's rules apply.
//
// `ignore` matches paths relative to one folder. A rule from a deeper file is
// rewritten to be relative to the module root, anchored under its own folder
// (`x.log` in `src/` becomes `/src/**/x.log`, `/local.txt` becomes
// `/src/local.txt`), and added after the rules of the folders above it. One
// matcher then holds every rule that applies to a path, in git's order: the
// last matching rule wins and a deeper file beats a shallower one, and a
// folder re-included by a deeper `!rule` lets its files be matched on their own.
import ignore, { type Ignore, type PatternParams } from 'ignore';

/** Read in this order in every folder: `.gotongignore` rules come after, so they win. */
export const IGNORE_FILE_NAMES = ['.gitignore', '.gotongignore'] as const;

export class IgnoreRules {
  private constructor(private readonly matcher: Ignore) {}

  /** No rules: nothing is ignored. */
  static none(): IgnoreRules {
    return new IgnoreRules(newMatcher());
  }

  /**
   * These rules followed by the rules of ignore files found in `folder` (a
   * path relative to the module root, '' for the root), texts in the order of
   * IGNORE_FILE_NAMES. Returns `this` when the texts hold no rule.
   */
  withFolder(folder: string, texts: string[]): IgnoreRules {
    const patterns = texts.flatMap((text) => rulesOf(text, folder));
    if (patterns.length === 0) return this;
    return new IgnoreRules(newMatcher().add(this.matcher).add(patterns));
  }

  /** Whether `rel` (relative to the module root) is left out; a folder is matched as one, so `dist/` rules apply. */
  ignores(rel: string, isFolder: boolean): boolean {
    return this.matcher.ignores(isFolder ? `${rel}/` : rel);
  }
}

// Case-sensitive, as git is by default on Linux, where CI runs: the same
// folder and the same ignore files give the same tarball on every machine.
function newMatcher(): Ignore {
  return ignore({ ignorecase: false });
}

/** Glob characters in a folder name are literal in a rewritten rule. */
function literal(folder: string): string {
  return folder.replace(/[\\*?[]/g, '\\$&');
}

function rulesOf(text: string, folder: string): PatternParams[] {
  const rules: PatternParams[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split('\n')) {
    const rule = rebased(line.replace(/\r$/, ''), folder);
    if (rule !== null) rules.push({ pattern: rule });
  }
  return rules;
}

/** One line of an ignore file in `folder`, as a rule relative to the module root; null for blanks and comments. */
function rebased(line: string, folder: string): string | null {
  if (line.trim() === '' || line.startsWith('#')) return null;
  if (folder === '') return line;
  const negative = line.startsWith('!');
  const body = negative ? line.slice(1) : line;
  // A slash at the start or in the middle anchors a rule to its own folder;
  // without one the rule matches at any depth below it (gitignore(5)).
  const core = body.trimEnd().replace(/\/$/, '');
  if (core === '') return null;
  const anchored = core.includes('/');
  const rule = `/${literal(folder)}/${anchored ? body.replace(/^\//, '') : `**/${body}`}`;
  return negative ? `!${rule}` : rule;
}
