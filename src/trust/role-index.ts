// Which delegated roles answer for a target path (TUF 1.0 section 5.6.7.2:
// the roles whose path patterns match, in the order the delegating role
// lists them). tuf-js tests every role's patterns on every lookup, which with
// 550 namespaces costs more than the rest of the lookup; this index gives the
// same roles in the same order by testing only the roles that can match: a
// pattern whose first segment is plain text matches only paths that start
// with that text (patterns match segment by segment), and every other role
// is still tested. Patterns made of plain text and lone `*` segments (all
// that gotong writes) are matched here without building a minimatch pattern.
// Not re-exported by the package index; the same class tuf-js walks with.
import { DelegatedRole } from '@tufjs/models/dist/role.js';

type RawRole = Parameters<typeof DelegatedRole.fromJSON>[0];
/** A delegated role as @tufjs/models gives it (the class, whichever way it was imported). */
type Delegation = Pick<DelegatedRole, 'paths' | 'isDelegatedPath'>;

/** A path segment that a glob pattern can only match by being equal to it. */
const PLAIN = /^[A-Za-z0-9._-]+$/;

/**
 * Whether `segment` matches a pattern segment that is plain text or a lone
 * `*`, exactly as minimatch (which tuf-js uses) decides it: `*` matches any
 * segment but an empty one or one that starts with a dot.
 */
function segmentMatches(segment: string, pattern: string): boolean {
  return pattern === '*' ? segment !== '' && !segment.startsWith('.') : segment === pattern;
}

/** The role's patterns split into segments when every segment is plain text or `*`; null when minimatch must decide. */
function simplePatterns(role: Delegation): string[][] | null {
  const patterns = role.paths?.map((pattern) => pattern.split('/'));
  return patterns && patterns.every((segments) => segments.every((seg) => seg === '*' || PLAIN.test(seg))) ? patterns : null;
}

function matchesSimple(patterns: string[][], path: string): boolean {
  const segments = path.split('/');
  return patterns.some((pattern) => pattern.length === segments.length && pattern.every((p, k) => segmentMatches(segments[k], p)));
}

/** Whether the role delegates `path`, exactly as role.isDelegatedPath decides. */
export function matchesDelegation(role: Delegation, path: string): boolean {
  const simple = simplePatterns(role);
  return simple ? matchesSimple(simple, path) : role.isDelegatedPath(path);
}

export class RoleIndex {
  private readonly roles: DelegatedRole[];
  private readonly byFirstSegment = new Map<string, number[]>();
  /** Roles with a pattern that may match any first segment (or hash-prefix delegations). */
  private readonly anywhere: number[] = [];
  /** Per role, its patterns split into segments when every segment is plain text or `*`; null when minimatch must decide. */
  private readonly simple: Array<string[][] | null>;

  constructor(raw: readonly RawRole[]) {
    // Keyed by name as tuf-js keys them: a repeated name keeps its first place and its last definition.
    const byName = new Map<string, DelegatedRole>();
    for (const role of raw) {
      const parsed = DelegatedRole.fromJSON(role);
      byName.set(parsed.name, parsed);
    }
    this.roles = [...byName.values()];
    this.simple = this.roles.map(simplePatterns);
    this.roles.forEach((role, i) => {
      const firsts = role.paths?.map((pattern) => pattern.split('/')[0]) ?? [];
      if (!role.paths || firsts.some((first) => !PLAIN.test(first))) {
        this.anywhere.push(i);
        return;
      }
      for (const first of new Set(firsts)) {
        const list = this.byFirstSegment.get(first) ?? [];
        list.push(i);
        this.byFirstSegment.set(first, list);
      }
    });
  }

  /** The roles whose patterns match `path`, in delegation order. */
  rolesFor(path: string): DelegatedRole[] {
    const plain = this.byFirstSegment.get(path.split('/')[0]) ?? [];
    const candidates = this.anywhere.length === 0 ? plain : [...plain, ...this.anywhere].sort((a, b) => a - b);
    return candidates.filter((i) => (this.simple[i] ? matchesSimple(this.simple[i]!, path) : this.roles[i].isDelegatedPath(path))).map((i) => this.roles[i]);
  }

  names(): string[] {
    return this.roles.map((role) => role.name);
  }

  get(name: string): DelegatedRole | undefined {
    return this.roles.find((role) => role.name === name);
  }
}
