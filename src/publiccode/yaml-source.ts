// The one home of the `yaml` package in gotong's own code. It reads a YAML
// 1.2 document (the publiccode.yml standard's "Encoding" section: UTF-8,
// YAML 1.2, 1.1 deprecated) with duplicate keys refused, and hands back a
// small tree of our own in which every node knows its line and column, so the
// checks above never see the library's types.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Document, type Node as YamlLibNode } from 'yaml';
import { t } from '../i18n/translate.js';
import type { Finding, Position } from './findings.js';

export type Scalar = string | number | boolean | null;

export type YamlNode =
  | { kind: 'map'; at: Position; entries: MapEntry[] }
  | { kind: 'seq'; at: Position; items: YamlNode[] }
  | { kind: 'scalar'; at: Position; value: Scalar; /** The text as written, for messages ("1.0" read as the number 1). */ source: string };

export interface MapEntry {
  key: string;
  keyAt: Position;
  value: YamlNode;
}

export interface YamlRead {
  /** null when the file has YAML errors or no content; `problems` then says why. */
  root: YamlNode | null;
  problems: Finding[];
}

/** Deeper than any real publiccode.yml; stops a self-referencing anchor. */
const MAX_DEPTH = 64;
/** Far more nodes than any real publiccode.yml; stops aliases that expand exponentially ("billion laughs"). */
const MAX_NODES = 100_000;

export function readYaml(text: string): YamlRead {
  const lines = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter: lines, version: '1.2' });
  const at = (offset: number | undefined): Position => {
    const { line, col } = lines.linePos(offset ?? 0);
    return { line, column: col };
  };
  const problems: Finding[] = doc.errors.map((error) => {
    const pos = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
    const duplicate = error.code === 'DUPLICATE_KEY';
    return {
      severity: 'error',
      code: duplicate ? 'duplicate-key' : 'yaml-syntax',
      path: '',
      line: pos.line,
      column: pos.col,
      message: duplicate ? t('publiccode.yaml.duplicate') : t('publiccode.yaml.syntax', { detail: error.message.split('\n')[0] }),
    };
  });
  if (problems.length > 0) return { root: null, problems };
  if (doc.contents === null) return { root: null, problems: [{ severity: 'error', code: 'wrong-type', path: '', line: 1, column: 1, message: t('publiccode.yaml.empty') }] };
  const budget = { nodes: MAX_NODES };
  const root = convert(doc, doc.contents as YamlLibNode, text, at, 0, budget);
  return root === null
    ? { root: null, problems: [{ severity: 'error', code: 'yaml-syntax', path: '', line: 1, column: 1, message: t('publiccode.yaml.tooDeep', { depth: MAX_DEPTH, nodes: MAX_NODES }) }] }
    : { root, problems: [] };
}

function convert(doc: Document, node: YamlLibNode, text: string, at: (offset: number | undefined) => Position, depth: number, budget: { nodes: number }): YamlNode | null {
  if (depth > MAX_DEPTH || --budget.nodes < 0) return null;
  if (isAlias(node)) {
    const target = node.resolve(doc);
    return target ? convert(doc, target as YamlLibNode, text, at, depth + 1, budget) : { kind: 'scalar', at: at(node.range?.[0]), value: null, source: '' };
  }
  const position = at(node.range?.[0]);
  if (isMap(node)) {
    const entries: MapEntry[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key as YamlLibNode | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode ?? '');
      const valueNode = pair.value as YamlLibNode | null;
      const keyAt = at(keyNode?.range?.[0] ?? node.range?.[0]);
      const value = valueNode === null ? { kind: 'scalar' as const, at: keyAt, value: null, source: '' } : convert(doc, valueNode, text, at, depth + 1, budget);
      if (value === null) return null;
      entries.push({ key, keyAt, value });
    }
    return { kind: 'map', at: position, entries };
  }
  if (isSeq(node)) {
    const items: YamlNode[] = [];
    for (const item of node.items) {
      const converted = item === null ? { kind: 'scalar' as const, at: position, value: null, source: '' } : convert(doc, item as YamlLibNode, text, at, depth + 1, budget);
      if (converted === null) return null;
      items.push(converted);
    }
    return { kind: 'seq', at: position, items };
  }
  if (isScalar(node)) {
    const raw = node.value;
    const value: Scalar = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || raw === null ? raw : typeof raw === 'bigint' ? Number(raw) : String(raw);
    const source = node.range ? text.slice(node.range[0], node.range[1]) : String(raw);
    return { kind: 'scalar', at: position, value, source };
  }
  return { kind: 'scalar', at: position, value: null, source: '' };
}

/** The plain JavaScript value of a node (maps as objects), for storing parsed fields. */
export function plainValue(node: YamlNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(plainValue);
  const object: Record<string, unknown> = {};
  for (const entry of node.entries) {
    if (entry.key === '__proto__') continue;
    object[entry.key] = plainValue(entry.value);
  }
  return object;
}

/** YAML 1.2 text of plain data, strings quoted only where YAML needs it ("0.4" stays text). */
export function writeYaml(value: unknown): string {
  return stringify(value, { version: '1.2', lineWidth: 0 });
}
