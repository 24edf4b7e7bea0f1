// gotong's rules on top of TUF: which role may sign which target paths.
// Role names are plain [a-z0-9-] (names needing URL-encoding are cached by
// tuf-js under another name and break offline use), and each namespace role
// gets exactly one pattern, NS/*/*: a `*` never crosses `/`, so the role can
// sign only NS/<module>/<file>.

export const ROLE_NAME = /^[a-z0-9][a-z0-9-]*$/;
export const RESERVED_ROLE_NAMES = new Set(['root', 'targets', 'snapshot', 'timestamp']);

export function namespacePattern(namespace: string): string {
  return `${namespace}/*/*`;
}

export function isValidRoleName(name: string): boolean {
  return ROLE_NAME.test(name) && name.length <= 64 && !RESERVED_ROLE_NAMES.has(name);
}

/** The namespace a target path belongs to, by its first segment. */
export function namespaceOfTarget(targetPath: string): string {
  return targetPath.split('/')[0];
}
