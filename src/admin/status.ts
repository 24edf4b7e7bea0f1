// `gotong registry status`: what an administrator (or a scheduled job) needs
// to see to keep a registry healthy: its publishing mode, every role with
// version, keys, threshold and expiry, and the branches waiting for someone
// (proposals, refused proposals, ceremonies). A namespace's row stands for
// its role and all its module roles (trust/current-roles.ts). A role close
// to its expiry is a warning; a role that has expired, or whose signatures a
// client would refuse, or a first root other than the pinned one, is a
// failure, so that the job's exit code raises the alarm before clients
// start refusing.
import { GotongError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import { parseDocumentText } from '../manifest/schema.js';
import type { RegistryMode } from '../manifest/types.js';
import { listRemoteRefs, redactUrl } from '../registry/git.js';
import { REGISTRY_INFO_FILE } from '../core/registry-folders.js';
import type { RegistryLocation } from '../registry/locate.js';
import { registrySource } from '../registry/open.js';
import { GitCommitSource, type RegistrySource } from '../registry/source.js';
import { readCurrentRoles, type CurrentRole, type RoleKind } from '../trust/current-roles.js';
import { RENEW_MODULE_DAYS } from '../trust/writer.js';
import { t } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/messages/index.js';

/**
 * Days before its expiry that a role is reported (docs/DECISIONS.md,
 * "Registry status"). Timestamp and snapshot are renewed by the daily
 * refresh, so a few days left means that job stopped; the others are renewed
 * by people, who need weeks.
 */
export const EXPIRY_WARNING_DAYS: Record<RoleKind, number> = {
  timestamp: 2,
  snapshot: 7,
  targets: 30,
  namespace: 30,
  root: 30,
};

/**
 * What renews each kind of role, for the warning's hint. A namespace's:
 * every change in it re-signs its role and each module role that expires
 * within RENEW_MODULE_DAYS (trust/writer.ts), so its next publish renews
 * whichever of them the row's expiry is.
 */
const RENEWAL: Record<RoleKind, MessageKey> = {
  timestamp: 'admin.status.renew.online',
  snapshot: 'admin.status.renew.online',
  targets: 'admin.status.renew.targets',
  namespace: 'admin.status.renew.namespace',
  root: 'admin.status.renew.root',
};

const DAY_MS = 86_400_000;

/** Branch prefixes where work waits: proposals, refused proposals, root and targets ceremonies. */
export const PENDING_PREFIXES = { incoming: 'incoming/', refused: 'refused/', ceremony: 'ceremony/' } as const;

export type RoleState = 'ok' | 'warn' | 'expired' | 'unsigned';

export interface RoleStatus extends CurrentRole {
  /** Whole days until `expires`, counted toward zero (negative once a day has passed since); null without a date. */
  daysLeft: number | null;
  warnDays: number;
  state: RoleState;
}

export type PendingBranches = Record<keyof typeof PENDING_PREFIXES, { count: number; branches: string[] }>;

export interface RegistryStatus {
  /** The configured name; null for a registry given by URL. */
  name: string | null;
  /** Credentials stripped. */
  url: string;
  mode: RegistryMode;
  checkedAt: string;
  /** The commit of main that was read (git registries). */
  commit: string | null;
  rootSha256: string;
  pinnedRootSha256: string | null;
  /** Whether the first root is the one this machine pinned; null when nothing is pinned. */
  pinMatches: boolean | null;
  /** The worst state of any role. */
  state: RoleState;
  roles: RoleStatus[];
  /** Null for a registry read over plain HTTP, which has no branches. */
  pending: PendingBranches | null;
}

export interface StatusOptions {
  location: RegistryLocation;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
  now?: Date;
}

const SEVERITY: RoleState[] = ['ok', 'warn', 'expired', 'unsigned'];

function renewal(kind: RoleKind): string {
  return t(RENEWAL[kind], { days: RENEW_MODULE_DAYS });
}

/** How a warning names a role: a namespace's row by the role whose expiry it shows, its own or a module role's. */
function expiryNear(role: RoleStatus, registry: string): string {
  const values = { role: role.name, registry, expires: role.expires, days: role.daysLeft ?? 0 };
  if (role.kind !== 'namespace') return t('admin.status.expiryNear.role', values);
  if (role.expiring && role.expiring !== role.name) return t('admin.status.expiryNear.module', { ...values, module: role.expiring });
  return t('admin.status.expiryNear.namespace', values);
}

function roleStatus(role: CurrentRole, now: Date): RoleStatus {
  const warnDays = EXPIRY_WARNING_DAYS[role.kind];
  const time = role.expires === null ? NaN : Date.parse(role.expires);
  // An expiry that is not a date counts as passed: `registry verify` refuses it.
  const left = Number.isNaN(time) ? (role.expires === null ? Infinity : -Infinity) : time - now.getTime();
  let state: RoleState = 'ok';
  if (!role.signed) state = 'unsigned';
  else if (left <= 0) state = 'expired';
  else if (left <= warnDays * DAY_MS) state = 'warn';
  return { ...role, daysLeft: Number.isFinite(left) ? Math.trunc(left / DAY_MS) || 0 : null, warnDays, state };
}

async function readMode(source: RegistrySource): Promise<RegistryMode> {
  const bytes = await source.read(REGISTRY_INFO_FILE, 1024 * 1024);
  if (!bytes) return 'direct';
  return parseDocumentText('registry', bytes.toString('utf8'), REGISTRY_INFO_FILE).mode ?? 'direct';
}

async function pendingBranches(location: RegistryLocation): Promise<PendingBranches | null> {
  if (location.kind !== 'git') return null;
  const names = await listRemoteRefs(location.url, Object.values(PENDING_PREFIXES));
  const of = (prefix: string) => {
    const branches = names.filter((n) => n.startsWith(prefix));
    return { count: branches.length, branches };
  };
  return { incoming: of(PENDING_PREFIXES.incoming), refused: of(PENDING_PREFIXES.refused), ceremony: of(PENDING_PREFIXES.ceremony) };
}

export async function registryStatus(options: StatusOptions): Promise<RegistryStatus> {
  const { location, reporter } = options;
  const now = options.now ?? new Date();
  const source = await registrySource(location, false, options.env);
  const [current, mode, pending] = await Promise.all([readCurrentRoles(source), readMode(source), pendingBranches(location)]);
  const roles = current.roles.map((role) => roleStatus(role, now));
  for (const role of roles.filter((r) => r.state === 'warn')) {
    reporter.emit({
      type: 'warn',
      code: 'GOTONG_W_EXPIRY_NEAR',
      message: expiryNear(role, location.label),
      hint: renewal(role.kind),
    });
  }
  const worst = Math.max(...roles.map((r) => SEVERITY.indexOf(r.state)));
  return {
    name: location.name,
    url: redactUrl(location.url),
    mode,
    checkedAt: now.toISOString(),
    commit: source instanceof GitCommitSource ? source.commit : null,
    rootSha256: current.rootSha256,
    pinnedRootSha256: location.pinnedRootSha256,
    pinMatches: location.pinnedRootSha256 === null ? null : location.pinnedRootSha256 === current.rootSha256,
    state: SEVERITY[worst],
    roles,
    pending,
  };
}

/** How messages name the registry: by its configured name, else by its URL. */
export function statusLabel(status: RegistryStatus): string {
  return status.name ? t('admin.registryLabel', { name: status.name }) : status.url;
}

/** The failure a status stands for (a job alerts on its exit code), or null when clients would accept the registry. */
export function statusFailure(status: RegistryStatus): GotongError | null {
  if (status.pinMatches === false) {
    return new GotongError('GOTONG_E_ROOT_MISMATCH', t('admin.status.rootMismatch', { registry: statusLabel(status), sha256: status.rootSha256, pin: status.pinnedRootSha256 }), {
      hint: t('admin.status.rootMismatch.hint'),
    });
  }
  const unsigned = status.roles.filter((r) => r.state === 'unsigned');
  if (unsigned.length > 0) {
    return new GotongError('GOTONG_E_METADATA_INVALID', t('admin.status.unsigned', { roles: unsigned.map((r) => r.name).join(', '), registry: statusLabel(status) }), {
      hint: t('admin.status.unsigned.hint'),
      details: { roles: unsigned.map((r) => ({ name: r.name, signatures: r.signatures, threshold: r.threshold })) },
    });
  }
  const expired = status.roles.filter((r) => r.state === 'expired');
  if (expired.length > 0) {
    // A namespace's row names the role, its own or a module role, that expired.
    const roles = expired.map((r) => `${r.expiring ?? r.name} (${r.expires})`).join(', ');
    return new GotongError('GOTONG_E_METADATA_EXPIRED', t('admin.status.expired', { roles, count: expired.length, registry: statusLabel(status) }), {
      // Each renewal hint is whole sentences; one per kind of role that expired.
      hint: [...new Set(expired.map((r) => r.kind))].map(renewal).join(' '),
      details: { roles: expired.map((r) => ({ name: r.name, expires: r.expires })) },
    });
  }
  return null;
}
