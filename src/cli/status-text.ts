// Human renderings of `gotong registry status` and `gotong registry list`
// (and the versions `registry verify` asks an auditor to review):
// aligned columns, a state that stands out, key ids shortened to a prefix
// (the JSON output keeps them whole). A table is a few lines of padding, so
// it is written here rather than taken from a library.
import type { KnownRegistry } from '../admin/known-registries.js';
import { statusLabel, type RegistryStatus, type RoleState, type RoleStatus } from '../admin/status.js';
import type { PublishedByRemovedKey } from '../trust/verify-registry.js';
import type { Palette } from './palette.js';

const KEY_PREFIX = 8;
/** Branch names shown per prefix; the JSON output lists every one. */
const BRANCHES_SHOWN = 10;

/** Columns padded to their widest cell; `styles` colours a column after padding. */
export function textTable(header: string[], rows: string[][], styles: Record<number, (cell: string) => string> = {}): string[] {
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const line = (cells: string[], styled: boolean) =>
    cells
      .map((cell, k) => {
        const padded = k === cells.length - 1 ? cell : cell.padEnd(widths[k]);
        return styled && styles[k] ? styles[k](padded) : padded;
      })
      .join('  ')
      .trimEnd();
  return [line(header, false), ...rows.map((r) => line(r, true))];
}

function daysText(role: RoleStatus, checkedAt: string): string {
  if (role.daysLeft === null) return role.expires === null ? '-' : '?';
  const days = role.daysLeft === 0 ? '<1d' : `${Math.abs(role.daysLeft)}d`;
  return Date.parse(role.expires!) <= Date.parse(checkedAt) ? `${days} ago` : days;
}

function stateStyle(c: Palette): (cell: string) => string {
  const byState: Record<RoleState, (t: string) => string> = { ok: (t) => t, warn: c.yellow, expired: c.red, unsigned: c.red };
  return (cell) => byState[cell.trim() as RoleState]?.(cell) ?? cell;
}

export function statusText(status: RegistryStatus, c: Palette): string {
  const pin = status.pinMatches === null ? 'not pinned on this machine' : status.pinMatches ? 'matches the pin' : c.red(`differs from the pinned ${status.pinnedRootSha256}`);
  const lines = [
    `${c.bold(statusLabel(status))}${status.name ? ` ${status.url}` : ''}`,
    `mode ${status.mode}; main ${status.commit?.slice(0, 12) ?? '(static copy)'}; checked ${status.checkedAt}`,
    `root sha256 ${status.rootSha256} (${pin})`,
    '',
    ...textTable(
      ['role', 'version', 'keys', 'threshold', 'signed', 'expires', 'left', 'state'],
      status.roles.map((r) => [
        r.name,
        r.version === null ? '-' : String(r.version),
        r.keyIds.map((k) => k.slice(0, KEY_PREFIX)).join(',') || '-',
        String(r.threshold),
        r.signatures === null ? '-' : `${r.signatures}/${r.threshold}`,
        r.expires ?? '(nothing published)',
        daysText(r, status.checkedAt),
        r.state,
      ]),
      { 7: stateStyle(c) },
    ),
    '',
  ];
  if (!status.pending) lines.push('pending: not known (a static copy has no branches)');
  else {
    const kinds = Object.entries(status.pending);
    if (kinds.every(([, p]) => p.count === 0)) lines.push('pending: nothing (no incoming/, refused/ or ceremony/ branches)');
    for (const [kind, p] of kinds) {
      if (p.count === 0) continue;
      const more = p.count > BRANCHES_SHOWN ? ` … and ${p.count - BRANCHES_SHOWN} more` : '';
      lines.push(`${kind}: ${p.count} (${p.branches.slice(0, BRANCHES_SHOWN).join(', ')}${more})`);
    }
  }
  return lines.join('\n');
}

export function registryListText(registries: KnownRegistry[]): string {
  if (registries.length === 0) return 'no registries known; record one with `gotong registry add NAME URL --root-sha256 HEX`';
  return textTable(
    ['', 'name', 'root sha256', 'url'],
    registries.map((r) => [r.default ? '*' : '', r.name, r.rootSha256, r.url]),
  ).join('\n') + '\n(* = the default registry)';
}

/** `registry verify`'s note on versions whose recorded publisher key the namespace no longer lists; '' when there are none. */
export function removedKeyText(versions: PublishedByRemovedKey[]): string {
  if (versions.length === 0) return '';
  return [
    `${versions.length} version${versions.length === 1 ? ' was' : 's were'} published by a key its namespace no longer lists (still valid: the current keys re-signed them; review what that key published):`,
    ...versions.map((v) => `  ${v.module}@${v.version}  key ${v.publisherKeyId.slice(0, 16)}`),
  ].join('\n');
}
