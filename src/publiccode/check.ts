// A small walker that holds a YAML tree against a table of specs (standard.ts)
// and collects findings. Specs are data: each says the type a key must have,
// whether it is required or deprecated, and which value check applies; the
// few rules that tie keys together (maintenance type and contacts) are hooks
// on the mapping that holds them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageKey } from '../i18n/messages/index.js';
import { t } from '../i18n/translate.js';
import { quote } from '../manifest/names.js';
import type { Finding, FindingCode, Position, Severity } from './findings.js';
import { graphemeLength, isRelativePath, languageTagProblem } from './formats.js';
import type { MapEntry, YamlNode } from './yaml-source.js';

export type MapNode = Extract<YamlNode, { kind: 'map' }>;

export type Report = (code: FindingCode, message: string, severity?: Severity) => void;

export type Spec =
  | {
      type: 'string';
      /** Reports what is wrong with the text, if anything. */
      check?: (value: string, report: Report) => void;
      oneOf?: readonly string[];
      /** Lengths in grapheme clusters. */
      min?: number;
      max?: number;
      /** A path in the repository (or a URL): warns when the file is absent or of another format. */
      file?: { formats: readonly string[] };
    }
  | { type: 'boolean' }
  | { type: 'list'; items: Spec; nonEmpty?: boolean; /** The standard also allows one plain string (platforms, isBasedOn). */ orSingle?: boolean }
  | { type: 'object'; fields: Record<string, Field>; /** Keys matching it are extensions: allowed, not checked. */ extensions?: RegExp; rules?: (node: MapNode, path: string, ctx: CheckContext) => void }
  /** A mapping keyed by BCP 47 language tags (description). */
  | { type: 'languages'; values: Spec; rules?: (node: MapNode, path: string, ctx: CheckContext) => void };

export interface Field {
  spec: Spec;
  required?: boolean;
  /** The message saying why it is deprecated and what to use instead. */
  deprecated?: MessageKey;
}

export interface CheckContext {
  findings: Finding[];
  /** The folder of the publiccode.yml, to look for logo and screenshot files; null skips that. */
  baseDir: string | null;
}

export function report(ctx: CheckContext, at: Position, path: string, code: FindingCode, message: string, severity: Severity = 'error'): void {
  ctx.findings.push({ severity, code, path, line: at.line, column: at.column, message });
}

export function child(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

export function entry(node: MapNode, key: string): MapEntry | undefined {
  return node.entries.find((e) => e.key === key);
}

function describe(node: YamlNode): string {
  if (node.kind === 'map') return t('publiccode.found.map');
  if (node.kind === 'seq') return t('publiccode.found.list');
  if (node.value === null) return t('publiccode.found.empty');
  if (typeof node.value === 'number') return t('publiccode.found.number', { source: node.source });
  if (typeof node.value === 'boolean') return t('publiccode.found.boolean', { value: String(node.value) });
  return t('publiccode.found.text', { text: quote(node.value) });
}

function isEmpty(node: YamlNode): boolean {
  return node.kind === 'scalar' && node.value === null;
}

export function checkNode(node: YamlNode, spec: Spec, path: string, ctx: CheckContext): void {
  const wrong = (expected: MessageKey, advice?: 'quote' | 'yaml11') => {
    const values = { expected: t(expected), found: describe(node), source: node.kind === 'scalar' ? quote(node.source) : '' };
    const key = advice === 'quote' ? 'publiccode.wrongType.quote' : advice === 'yaml11' ? 'publiccode.wrongType.yaml11' : 'publiccode.wrongType';
    report(ctx, node.at, path, 'wrong-type', t(key, values));
  };
  switch (spec.type) {
    case 'string': {
      if (node.kind !== 'scalar' || node.value === null) return wrong('publiccode.expected.text');
      if (typeof node.value !== 'string') return wrong('publiccode.expected.text', 'quote');
      checkText(node.value, spec, node.at, path, ctx);
      return;
    }
    case 'boolean': {
      if (node.kind === 'scalar' && typeof node.value === 'boolean') return;
      const yaml11 = node.kind === 'scalar' && typeof node.value === 'string' && /^(yes|no|on|off|y|n)$/i.test(node.value);
      return wrong('publiccode.expected.boolean', yaml11 ? 'yaml11' : undefined);
    }
    case 'list': {
      if (spec.orSingle && node.kind === 'scalar' && node.value !== null) return checkNode(node, spec.items, path, ctx);
      if (node.kind !== 'seq') return wrong(spec.orSingle ? 'publiccode.expected.listOrText' : 'publiccode.expected.list');
      if (spec.nonEmpty && node.items.length === 0) report(ctx, node.at, path, 'empty-list', t('publiccode.emptyList'));
      node.items.forEach((item, index) => checkNode(item, spec.items, `${path}[${index}]`, ctx));
      return;
    }
    case 'object': {
      if (node.kind !== 'map') return wrong('publiccode.expected.map');
      checkFields(node, spec.fields, spec.extensions, path, ctx);
      spec.rules?.(node, path, ctx);
      return;
    }
    case 'languages': {
      if (node.kind !== 'map') return wrong('publiccode.expected.languages');
      for (const e of node.entries) {
        const problem = languageTagProblem(e.key);
        if (problem !== null) report(ctx, e.keyAt, child(path, e.key), 'bad-language-tag', t('publiccode.languageKey', { key: quote(e.key), problem }));
        else checkNode(e.value, spec.values, child(path, e.key), ctx);
      }
      spec.rules?.(node, path, ctx);
      return;
    }
  }
}

function checkText(value: string, spec: Extract<Spec, { type: 'string' }>, at: Position, path: string, ctx: CheckContext): void {
  if (spec.oneOf && !spec.oneOf.includes(value)) {
    const near = spec.oneOf.find((allowed) => allowed.toLowerCase() === value.toLowerCase());
    const message = near
      ? t('publiccode.notAllowed.near', { value: quote(value), near: quote(near) })
      : spec.oneOf.length <= 10
        ? t('publiccode.notAllowed.oneOf', { value: quote(value), allowed: spec.oneOf.join(', ') })
        : t('publiccode.notAllowed.standardList', { value: quote(value) });
    report(ctx, at, path, 'not-allowed', message);
    return;
  }
  if (spec.min !== undefined || spec.max !== undefined) {
    const length = graphemeLength(value);
    if (spec.min !== undefined && length < spec.min) report(ctx, at, path, 'too-short', t('publiccode.tooShort', { length, min: spec.min }));
    if (spec.max !== undefined && length > spec.max) report(ctx, at, path, 'too-long', t('publiccode.tooLong', { length, max: spec.max }));
  }
  const before = ctx.findings.length;
  spec.check?.(value, (code, message, severity) => report(ctx, at, path, code, message, severity));
  const refused = ctx.findings.slice(before).some((f) => f.severity === 'error');
  if (spec.file && !refused) checkFile(value, spec.file.formats, at, path, ctx);
}

function checkFile(value: string, formats: readonly string[], at: Position, path: string, ctx: CheckContext): void {
  const extension = /\.([a-zA-Z0-9]+)$/.exec(value.split(/[?#]/)[0])?.[1]?.toLowerCase();
  if (extension === undefined || !formats.includes(extension)) {
    report(ctx, at, path, 'file-format', t('publiccode.fileFormat', { formats: formats.map((f) => f.toUpperCase()).join(', ') }), 'warning');
  }
  if (ctx.baseDir !== null && isRelativePath(value) && !existsSync(join(ctx.baseDir, value))) {
    report(ctx, at, path, 'file-missing', t('publiccode.fileMissing', { value: quote(value) }), 'warning');
  }
}

function checkFields(node: MapNode, fields: Record<string, Field>, extensions: RegExp | undefined, path: string, ctx: CheckContext): void {
  for (const [key, field] of Object.entries(fields)) {
    const found = entry(node, key);
    if (found === undefined || isEmpty(found.value)) {
      if (field.required) report(ctx, found?.keyAt ?? node.at, child(path, key), 'missing-key', found ? t('publiccode.requiredEmpty') : t('publiccode.requiredMissing'));
      else if (found) report(ctx, found.keyAt, child(path, key), 'wrong-type', t('publiccode.optionalEmpty'));
      continue;
    }
    if (field.deprecated) report(ctx, found.keyAt, child(path, key), 'deprecated-key', t('publiccode.deprecatedKey', { advice: t(field.deprecated) }), 'warning');
    checkNode(found.value, field.spec, child(path, key), ctx);
  }
  for (const e of node.entries) {
    if (Object.hasOwn(fields, e.key) || extensions?.test(e.key)) continue;
    const near = Object.keys(fields).find((known) => known.toLowerCase() === e.key.toLowerCase());
    const message = near ? t('publiccode.unknownKey.near', { near: quote(near) }) : t('publiccode.unknownKey');
    report(ctx, e.keyAt, child(path, e.key), 'unknown-key', message, 'warning');
  }
}
