// Finds text in gotong's source that a user could read and that is not taken
// from the message catalogs: string literals and template parts holding words.
// Used by test/i18n/source-text.test.ts; written with the TypeScript compiler
// API so that the check sees syntax, not lines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface TextFinding {
  file: string;
  line: number;
  text: string;
  rule: 'sink' | 'words';
}

/** Text with a word of three letters or more, once `--flags`, `{placeholders}` and escapes are set aside. */
export function holdsWords(text: string): boolean {
  return /[A-Za-z]{3,}/.test(text.replace(/--?[a-z][a-z0-9-]*/g, ' ').replace(/\\[a-z]/g, ' '));
}

/** Two or more words joined by a space, as a sentence has: "could not read". */
function holdsPhrase(text: string): boolean {
  return /(^|[^\w./@-])[A-Za-z][a-z]+ [a-z]{2,}\b/.test(text);
}

/** Calls whose string arguments are code, not text: command names, keys, git arguments. */
const CODE_CALLS = new Set(['command', 'alias', 'aliases', 't', 'translateTo', 'bug', 'require', 'RegExp', 'git', 'runGit', 'execFile', 'spawn', 'execFileSync', 'spawnSync', 'includes', 'startsWith', 'endsWith', 'split', 'join', 'replace', 'replaceAll', 'get', 'has', 'set', 'emit', 'stage', 'getOptionValue', 'env', 'localeCompare']);
/** Calls and properties that put their text in front of a user. */
const SINK_CALLS = new Set(['description', 'summary', 'argument', 'usage', 'helpOption']);
const SINK_PROPERTIES = new Set(['message', 'hint', 'human', 'reason']);

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}

/** An `i18n-exempt` comment on the literal's line, the line above, or before any statement or property holding it. */
function exempted(source: ts.SourceFile, node: ts.Node): boolean {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  const lines = source.text.split('\n');
  if ([lines[line], lines[line - 1]].some((text) => text?.includes('i18n-exempt'))) return true;
  for (let at: ts.Node | undefined = node; at && !ts.isSourceFile(at); at = at.parent) {
    const comments = ts.getLeadingCommentRanges(source.text, at.getFullStart()) ?? [];
    if (comments.some((range) => source.text.slice(range.pos, range.end).includes('i18n-exempt'))) return true;
  }
  return false;
}

/** Literal pieces of an expression that ends up as text: both branches of `?:`, both sides of `+`, template parts. */
function literalPieces(node: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.map((span) => span.literal)];
  if (ts.isParenthesizedExpression(node)) return literalPieces(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalPieces(node.whenTrue), ...literalPieces(node.whenFalse)];
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return [...literalPieces(node.left), ...literalPieces(node.right)];
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return [...literalPieces(node.left), ...literalPieces(node.right)];
  }
  return [];
}

function textOf(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  return '';
}

/** Whether a literal sits where it is code: a key, a comparison, an import, a type, an argument of a code call. */
function isCodePosition(node: ts.Node): boolean {
  let child: ts.Node = node;
  let parent = node.parent;
  // A template part's parent is its span; the span's parent is the template.
  while (parent && (ts.isTemplateSpan(parent) || ts.isTemplateExpression(parent) || ts.isParenthesizedExpression(parent) || ts.isConditionalExpression(parent) || (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.PlusToken))) {
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return false;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent) || ts.isCaseClause(parent)) return true;
  if (ts.isPropertyAssignment(parent) && parent.name === child) return true;
  if (ts.isElementAccessExpression(parent)) return true;
  if (ts.isBinaryExpression(parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.InKeyword].includes(parent.operatorToken.kind)) return true;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && CODE_CALLS.has(calleeName(parent))) return true;
  if (ts.isTaggedTemplateExpression(parent)) return true;
  return false;
}

function sinkExpressions(node: ts.Node): ts.Expression[] {
  if (ts.isNewExpression(node) && calleeName(node) === 'GotongError') return node.arguments?.slice(1, 2) ?? [];
  if (ts.isCallExpression(node)) {
    const name = calleeName(node);
    if (SINK_CALLS.has(name)) return node.arguments.slice(name === 'description' || name === 'summary' || name === 'usage' ? 0 : 1, 2);
    if (name === 'option' || name === 'requiredOption') return node.arguments.slice(1, 2);
  }
  if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && SINK_PROPERTIES.has(node.name.text)) return [node.initializer];
  return [];
}

export function findSourceText(file: string, root: string): TextFinding[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const findings: TextFinding[] = [];
  const seen = new Set<ts.Node>();
  const report = (piece: ts.Node, rule: TextFinding['rule']) => {
    if (seen.has(piece) || exempted(source, piece)) return;
    seen.add(piece);
    findings.push({ file: relative(root, file), line: source.getLineAndCharacterOfPosition(piece.getStart(source)).line + 1, text: textOf(piece), rule });
  };
  const visit = (node: ts.Node) => {
    for (const expression of sinkExpressions(node)) {
      for (const piece of literalPieces(expression)) if (holdsWords(textOf(piece))) report(piece, 'sink');
    }
    const isLiteral = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);
    if (isLiteral && holdsPhrase(textOf(node)) && !isCodePosition(node)) report(node, 'words');
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

export function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('.d.ts')) files.push(path);
  }
  return files;
}
