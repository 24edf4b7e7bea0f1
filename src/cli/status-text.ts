// Human renderings of `gotong registry status` and `gotong registry list`
// (and the versions `registry verify` asks an auditor to review):
// aligned columns, a state that stands out, key ids shortened to a prefix
// (the JSON output keeps them whole). A table is a few lines of padding, so
// it is written here rather than taken from a library.
import type { KnownRegistry } from '../admin/known-registries.js';
import { statusLabel, type RegistryStatus, type RoleState, type RoleStatus } from '../admin/status.js';
import type { PublishedByRemovedKey } from '../trust/verify-registry.js';
import type { Palette } from './palette.js';
import { t } from '../i18n/translate.js';

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
  const days = role.daysLeft === 0 ? t('cli.statusText.lessThanADay') : t('cli.statusText.days', { days: Math.abs(role.daysLeft) });
  return Date.parse(role.expires!) <= Date.parse(checkedAt) ? t('cli.statusText.ago', { days }) : days;
}

const STATE_LABELS = { ok: 'cli.statusText.state.ok', warn: 'cli.statusText.state.warn', expired: 'cli.statusText.state.expired', unsigned: 'cli.statusText.state.unsigned' } as const;

function stateLabel(state: RoleState): string {
  return t(STATE_LABELS[state]);
}

/** Colours a state cell, which holds the state's label in the language shown. */
function stateStyle(c: Palette): (cell: string) => string {
  const byState: Record<RoleState, (text: string) => string> = { ok: (text) => text, warn: c.yellow, expired: c.red, unsigned: c.red };
  const byLabel = new Map((Object.keys(byState) as RoleState[]).map((state) => [stateLabel(state), byState[state]]));
  return (cell) => byLabel.get(cell.trim())?.(cell) ?? cell;
}

export function statusText(status: RegistryStatus, c: Palette): string {
  const pin = status.pinMatches === null ? t('cli.statusText.notPinned') : status.pinMatches ? t('cli.statusText.pinMatches') : c.red(t('cli.statusText.pinDiffers', { sha256: status.pinnedRootSha256 }));
  const header = ['role', 'version', 'keys', 'threshold', 'signed', 'expires', 'left', 'state'] as const;
  const lines = [
    `${c.bold(statusLabel(status))}${status.name ? ` ${status.url}` : ''}`,
    t('cli.statusText.summary', { mode: status.mode, commit: status.commit?.slice(0, 12) ?? t('cli.statusText.staticCopy'), checkedAt: status.checkedAt }),
    t('cli.statusText.root', { sha256: status.rootSha256, pin }),
    '',
    ...textTable(
      header.map((column) => t(`cli.statusText.column.${column}`)),
      status.roles.map((r) => [
        r.name,
        r.version === null ? '-' : String(r.version),
        r.keyIds.map((k) => k.slice(0, KEY_PREFIX)).join(',') || '-',
        String(r.threshold),
        r.signatures === null ? '-' : `${r.signatures}/${r.threshold}`,
        r.expires ?? t('cli.statusText.nothingPublished'),
        daysText(r, status.checkedAt),
        stateLabel(r.state),
      ]),
      { 7: stateStyle(c) },
    ),
    '',
  ];
  if (!status.pending) lines.push(t('cli.statusText.pendingUnknown'));
  else {
    const kinds = Object.entries(status.pending);
    if (kinds.every(([, p]) => p.count === 0)) lines.push(t('cli.statusText.pendingNothing'));
    for (const [kind, p] of kinds) {
      if (p.count === 0) continue;
      const shown = p.branches.slice(0, BRANCHES_SHOWN).join(', ');
      const branches = p.count > BRANCHES_SHOWN ? t('cli.statusText.pendingMore', { branches: shown, more: p.count - BRANCHES_SHOWN }) : shown;
      lines.push(`${kind}: ${p.count} (${branches})`);
    }
  }
  return lines.join('\n');
}

export function registryListText(registries: KnownRegistry[]): string {
  if (registries.length === 0) return t('cli.statusText.noRegistries');
  return textTable(
    ['', t('cli.statusText.column.name'), t('cli.statusText.column.rootSha256'), t('cli.statusText.column.url')],
    registries.map((r) => [r.default ? '*' : '', r.name, r.rootSha256, r.url]),
  ).join('\n') + `\n${t('cli.statusText.defaultRegistry')}`;
}

/** `registry verify`'s note on versions whose recorded publisher key the namespace no longer lists; '' when there are none. */
export function removedKeyText(versions: PublishedByRemovedKey[]): string {
  if (versions.length === 0) return '';
  return [
    t('cli.statusText.removedKey', { count: versions.length }),
    ...versions.map((v) => `  ${t('cli.statusText.removedKeyVersion', { module: `${v.module}@${v.version}`, keyId: v.publisherKeyId.slice(0, 16) })}`),
  ].join('\n');
}
