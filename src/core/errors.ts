// The one error type users see. Every failure a user can cause has a stable
// code from ERROR_CODES (never reused, never renamed: scripts match on them),
// a one-line message and a hint that says what to do. Internal faults are
// assertions raised through `bug()` and say so. Messages and hints come from
// the message catalogs (i18n/), so they read in the user's language; the
// summaries below are for docs/ERRORS.md and stay English.
import { t } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/messages/index.js';

export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  security: 3,
  unreachable: 4,
  differs: 5,
  internal: 70,
} as const;

type ExitCode = (typeof EXIT)[keyof typeof EXIT];

interface CodeInfo {
  exit: ExitCode;
  summary: string;
}

/** The table of codes; docs/ERRORS.md is generated from it and tested against it. i18n-exempt: English documentation, not messages. */
export const ERROR_CODES = {
  GOTONG_E_USAGE: { exit: EXIT.usage, summary: 'A command was called with missing or conflicting flags.' },
  GOTONG_E_NEEDS_TTY: { exit: EXIT.usage, summary: 'A question needs an answer but there is no terminal to ask on.' },
  GOTONG_E_MANIFEST_MISSING: { exit: EXIT.failure, summary: 'No gotong.json where one is needed.' },
  GOTONG_E_MANIFEST_INVALID: { exit: EXIT.failure, summary: 'gotong.json is not valid JSON or breaks the schema.' },
  GOTONG_E_NAME_INVALID: { exit: EXIT.failure, summary: 'A module or namespace name is not of the form @namespace/name.' },
  GOTONG_E_VERSION_INVALID: { exit: EXIT.failure, summary: 'A version is not SemVer 2.0.' },
  GOTONG_E_RANGE_INVALID: { exit: EXIT.failure, summary: 'A version range cannot be parsed.' },
  GOTONG_E_LOCKFILE_INVALID: { exit: EXIT.failure, summary: 'gotong-lock.json cannot be read.' },
  GOTONG_E_LOCKFILE_STALE: { exit: EXIT.failure, summary: '--frozen was given but the lockfile does not match gotong.json.' },
  GOTONG_E_MODULE_NOT_FOUND: { exit: EXIT.failure, summary: 'The registry has no module of that name.' },
  GOTONG_E_NO_MATCHING_VERSION: { exit: EXIT.failure, summary: 'No published version satisfies the requested range.' },
  GOTONG_E_RESOLVE_CONFLICT: { exit: EXIT.failure, summary: 'Dependents ask for versions of one module that cannot all be met.' },
  GOTONG_E_NOT_INSTALLED: { exit: EXIT.failure, summary: 'The module is not a dependency of this workspace.' },
  GOTONG_E_REGISTRY_UNKNOWN: { exit: EXIT.failure, summary: 'No registry was named, or the name is not configured.' },
  GOTONG_E_REGISTRY_EXISTS: { exit: EXIT.failure, summary: 'A registry already exists at that place or under that name.' },
  GOTONG_E_REGISTRY_UNREACHABLE: { exit: EXIT.unreachable, summary: 'The registry could not be fetched.' },
  GOTONG_E_REDIRECT_REFUSED: { exit: EXIT.unreachable, summary: 'A static registry host redirected to another host the user did not allow (GOTONG_ALLOW_REDIRECT_HOSTS), from https to http, or in a loop.' },
  GOTONG_E_REGISTRY_INVALID: { exit: EXIT.security, summary: 'The registry is not laid out as a gotong registry.' },
  GOTONG_E_REGISTRY_VERIFY_FAILED: { exit: EXIT.security, summary: 'registry verify found problems.' },
  GOTONG_E_ROOT_MISMATCH: { exit: EXIT.security, summary: 'The registry root does not match the pinned fingerprint.' },
  GOTONG_E_ROOT_NOT_PINNED: { exit: EXIT.security, summary: 'The registry root is not pinned and trust on first use is refused.' },
  GOTONG_E_METADATA_INVALID: { exit: EXIT.security, summary: 'Signed metadata failed verification (signatures, threshold, format).' },
  GOTONG_E_METADATA_EXPIRED: { exit: EXIT.security, summary: 'Signed metadata has expired (a freeze attack or a stale registry).' },
  GOTONG_E_METADATA_ROLLBACK: { exit: EXIT.security, summary: 'The registry offers older metadata than this machine has already seen.' },
  GOTONG_E_TRUST_STORE_CORRUPT: { exit: EXIT.security, summary: 'The local trusted metadata folder cannot be read.' },
  GOTONG_E_TARGET_MISSING: { exit: EXIT.security, summary: 'A file is not listed in the signed metadata or is absent.' },
  GOTONG_E_TARGET_MISMATCH: { exit: EXIT.security, summary: 'A file does not match its signed length and hashes.' },
  GOTONG_E_MANIFEST_MISMATCH: { exit: EXIT.security, summary: 'A tarball\'s own gotong.json is missing or names a module, version or dependencies other than its signed index entry.' },
  GOTONG_E_KEY_MISSING: { exit: EXIT.failure, summary: 'A signing key is needed and none was given.' },
  GOTONG_E_KEY_INVALID: { exit: EXIT.failure, summary: 'A key file cannot be read as an Ed25519 key.' },
  GOTONG_E_KEY_PASSPHRASE: { exit: EXIT.failure, summary: 'The key is encrypted and the passphrase is missing or wrong.' },
  GOTONG_E_KEY_NOT_DELEGATED: { exit: EXIT.security, summary: 'The key is not trusted to sign for that role or namespace.' },
  GOTONG_E_THRESHOLD_NOT_MET: { exit: EXIT.failure, summary: 'A root or targets change still lacks signatures from the keys whose threshold it needs; nothing was changed.' },
  GOTONG_E_CEREMONY_UNKNOWN: { exit: EXIT.failure, summary: 'The registry has no open root or targets proposal with that id.' },
  GOTONG_E_CEREMONY_STALE: { exit: EXIT.failure, summary: 'The registry changed the same role after the proposal was made; it must be proposed again.' },
  GOTONG_E_PROPOSAL_REFUSED: { exit: EXIT.security, summary: 'The registry\'s accept job refused a proposal of a staged registry (publish --wait); nothing of it was published.' },
  GOTONG_E_WAIT_TIMEOUT: { exit: EXIT.failure, summary: 'publish --wait gave up before the registry accepted or refused the proposal, which stays pending.' },
  GOTONG_E_NAMESPACE_UNKNOWN: { exit: EXIT.failure, summary: 'The registry has no such member namespace.' },
  GOTONG_E_NAMESPACE_EXISTS: { exit: EXIT.failure, summary: 'The namespace is already delegated.' },
  GOTONG_E_VERSION_EXISTS: { exit: EXIT.failure, summary: 'That version is published with different bytes; versions are immutable.' },
  GOTONG_E_PUBLISH_CONTENDED: { exit: EXIT.failure, summary: 'Other publishers kept pushing first for the whole retry time (--retry-for).' },
  GOTONG_E_PUSH_REFUSED: { exit: EXIT.failure, summary: 'The registry\'s git host refused a push for a reason of its own (a hook, branch protection, a full disk, permissions).' },
  GOTONG_E_PACK_UNSAFE: { exit: EXIT.failure, summary: 'The module folder holds a link or special file that cannot be packed.' },
  GOTONG_E_PACK_SECRET: { exit: EXIT.failure, summary: 'The module folder holds a file that looks secret (.env, a private key, an .npmrc with a token) and "files" does not name it.' },
  GOTONG_E_ARCHIVE_UNSAFE: { exit: EXIT.security, summary: 'A tarball holds an entry that could write outside its folder.' },
  GOTONG_E_ARCHIVE_TOO_LARGE: { exit: EXIT.security, summary: 'A tarball is larger than allowed, as signed or once unpacked.' },
  GOTONG_E_WORKSPACE_BUSY: { exit: EXIT.failure, summary: 'Another gotong process holds the workspace.' },
  GOTONG_E_IN_USE: { exit: EXIT.failure, summary: 'cache clean or store prune found another gotong process using the download cache or the module store, and removed nothing.' },
  GOTONG_E_OFFLINE_MISS: { exit: EXIT.failure, summary: '--offline was given but something needed is not cached.' },
  GOTONG_E_VERIFY_DIFFERS: { exit: EXIT.differs, summary: 'Installed files differ from what was installed.' },
  GOTONG_E_MIRROR_REFUSED: { exit: EXIT.security, summary: 'gotong mirror left the mirror as it was: the copy failed verification, would roll the mirror back, or belongs to another registry.' },
  GOTONG_E_GIT: { exit: EXIT.failure, summary: 'A git command failed.' },
  GOTONG_E_IO: { exit: EXIT.failure, summary: 'A file could not be read or written.' },
  GOTONG_E_BUNDLE_INVALID: { exit: EXIT.security, summary: 'An offline bundle file is not a gotong bundle, or holds an entry it may not (a link, a path outside the registry layout, a duplicate, an oversized file).' },
  GOTONG_E_SETTINGS_MISSING: { exit: EXIT.usage, summary: 'A module needs required settings that have no value, and there is no terminal to ask on (or the value was being removed); the message names every one.' },
  GOTONG_E_SETTING_INVALID: { exit: EXIT.usage, summary: 'A setting\'s value does not fit its type (number, url, email, region code level, enum values), or a secret was given as a value instead of the name of an environment variable.' },
  GOTONG_E_SETTING_UNKNOWN: { exit: EXIT.usage, summary: 'A setting was given for a module the workspace does not install, or for a key that module does not declare.' },
  GOTONG_E_SETTINGS_FILE_INVALID: { exit: EXIT.failure, summary: 'A values file (--values) or the workspace\'s gotong-settings.json cannot be read as JSON or YAML of the expected shape.' },
  GOTONG_E_PUBLICCODE_MISSING: { exit: EXIT.failure, summary: 'There is no publiccode.yml at the path given (or in the current folder).' },
  GOTONG_E_PUBLICCODE_EXISTS: { exit: EXIT.failure, summary: 'publiccode init found a publiccode.yml already and did not replace it (--force does).' },
  GOTONG_E_PUBLICCODE_INVALID: { exit: EXIT.failure, summary: 'publiccode.yml breaks the publiccode.yml standard (version 0.x); each finding names the key, line and column.' },
  GOTONG_E_SOURCE_DIRTY: { exit: EXIT.failure, summary: 'publish found files of the module folder that differ from the git commit checked out, so the version could not be rebuilt from its recorded source (--allow-dirty publishes anyway and records it).' },
  GOTONG_E_REBUILD_DIFFERS: { exit: EXIT.differs, summary: 'rebuild-verify packed the recorded source and got other files than the published tarball; the output lists every file added, missing or changed.' },
  GOTONG_E_SOURCE_UNAVAILABLE: { exit: EXIT.failure, summary: 'rebuild-verify could not get the source of a version: it records none, the repository cannot be fetched, or it lacks the recorded commit.' },
  GOTONG_E_INTERNAL: { exit: EXIT.internal, summary: 'A bug in gotong.' },
} as const satisfies Record<string, CodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Warnings: printed, never fatal. Stable like error codes; docs/ERRORS.md lists them. i18n-exempt: English documentation, not messages. */
export const WARNING_CODES = {
  GOTONG_W_TRUST_ON_FIRST_USE: 'A registry used by URL was trusted on first use because its root was not pinned.',
  GOTONG_W_ONLINE_IS_ROOT: 'registry init was given no --online-key, so a root key signs snapshot and timestamp.',
  GOTONG_W_PARTIAL_CLONE_UNSUPPORTED: 'The git host does not support partial clones, so this machine\'s copy of the registry holds every file; installs work the same, with more bytes.',
  GOTONG_W_ONLINE_KEY_UNUSED: 'A publisher gave the online key to a staged registry, which does not use it: keep it in the registry\'s own pipeline alone.',
  GOTONG_W_EXPIRY_NEAR: 'registry status found a role of the signed metadata that expires soon (timestamp within 2 days, snapshot within 7, root, targets or a namespace within 30); the hint says who renews it.',
  GOTONG_W_README_UNREADABLE: 'The catalog could not read a module\'s README; its page is built without it.',
  GOTONG_W_CATALOG_MODULE_SKIPPED: 'A module whose name cannot be a safe file path was left out of the catalog.',
  GOTONG_W_CATALOG_REBUILD_FAILED: 'gotong serve could not rebuild the catalog; the previous one stays up.',
  GOTONG_W_REGISTRY_LINK_SKIPPED: 'gotong serve left out a symbolic link or gitlink that someone committed to the registry.',
  GOTONG_W_CACHE_NOT_WRITTEN: 'The download cache could not be written (the message names the path and the error); the command went on without caching.',
  GOTONG_W_VERSION_YANKED: 'An install kept a yanked module version because the lockfile pins it; the message gives the publisher\'s reason.',
  GOTONG_W_VERSION_DEPRECATED: 'An install placed or kept a module version its publisher deprecated; the message gives the publisher\'s message.',
  GOTONG_W_MIRROR_REFUSED: 'A mirror served something that failed verification (altered, stale or rolled-back files) or could not be reached; the message names it and why, and the next mirror or the origin was read instead.',
  GOTONG_W_MIRROR_RECOPIED: 'gotong mirror found a file in the mirror folder that no longer verifies (changed in place) and copied every file again.',
  GOTONG_W_RECORD_REFUSED: 'An adoption record or advisories file in the registry did not parse or did not agree with the namespace that signs it; it was left out of the advisory list or audit.',
  GOTONG_W_BUNDLE_EXPIRED: 'install --from-bundle --allow-expired-bundle installed from a bundle whose signed metadata has expired; the message says how long ago, and versions yanked or keys revoked since are not known.',
  GOTONG_W_PUBLICCODE: 'publish found something the publiccode.yml standard advises against in the module\'s publiccode.yml (an unknown or deprecated key, a deprecated SPDX id, a missing logo or screenshot); the message gives the line, column and key.',
  GOTONG_W_PUBLICCODE_INVALID_ALLOWED: 'publish --allow-invalid-publiccode published a module whose publiccode.yml has errors; the message names each, and the index keeps none of the file\'s fields.',
} as const;

export interface GotongErrorOptions {
  hint?: string;
  cause?: unknown;
  /** Structured facts for --json output (never secrets). */
  details?: Record<string, unknown>;
}

export class GotongError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: GotongErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GotongError';
    this.code = code;
    this.hint = options.hint;
    this.details = options.details;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exit;
  }

  toJSON(): Record<string, unknown> {
    return { code: this.code, message: this.message, hint: this.hint ?? null, ...(this.details ? { details: this.details } : {}) };
  }
}

export function isGotongError(value: unknown, code?: ErrorCode): value is GotongError {
  return value instanceof GotongError && (code === undefined || value.code === code);
}

/** An internal invariant broke: this is a bug, not something the user did. */
export function bug(message: string): never {
  throw new GotongError('GOTONG_E_INTERNAL', t('bug.message', { detail: message }), { hint: t('bug.hint') });
}

export type IoAction = 'create' | 'inspect' | 'list' | 'move' | 'move aside' | 'move into place' | 'read' | 'remove' | 'write' | 'write the catalog into';

/** Wraps an unknown failure of the file system into a GOTONG_E_IO error. */
export function ioError(action: IoAction, path: string, cause: unknown): GotongError {
  const reason = (cause as NodeJS.ErrnoException)?.code ?? (cause as Error)?.message ?? String(cause);
  const hints: Record<string, MessageKey> = {
    EACCES: 'io.hint.permissions',
    EPERM: 'io.hint.permissions',
    ENOSPC: 'io.hint.full',
    EROFS: 'io.hint.readOnly',
  };
  return new GotongError('GOTONG_E_IO', t('io.failed', { action: t(`io.action.${action}`), path, reason }), {
    hint: t(hints[reason] ?? 'io.hint.other'),
    cause,
  });
}
