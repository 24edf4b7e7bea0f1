import { Targets } from '@tufjs/models';
import { describe, expect, it } from 'vitest';
import { matchesDelegation, RoleIndex } from './role-index.js';

type JSONObject = Parameters<typeof Targets.fromJSON>[0];

const role = (name: string, paths: string[] | null, terminating = true) => ({
  name,
  keyids: ['k'],
  threshold: 1,
  terminating,
  ...(paths ? { paths } : { path_hash_prefixes: ['0', '8', 'f'] }),
});

/** What tuf-js answers for the same delegations (its own walk's choice of roles). */
function tufRoles(roles: ReturnType<typeof role>[], path: string): string[] {
  const targets = Targets.fromJSON({ _type: 'targets', spec_version: '1.0.31', version: 1, expires: '2030-01-01T00:00:00Z', targets: {}, delegations: { keys: {}, roles } } as JSONObject);
  return [...targets.delegations!.rolesForTarget(path)].map((r) => r.role);
}

describe('RoleIndex', () => {
  const roles = [
    role('bandung', ['bandung/*/*']),
    role('kuburaya', ['kuburaya/*/*']),
    role('wild', ['*/special/*'], false),
    role('mixed', ['bandung/e-*/*', 'garut/*/*']),
    role('hashed', null),
    role('bandung', ['bandung/*/*.tgz'], false),
    role('dots', ['.hidden/*/*', 'a.b/*/*']),
    role('deep', ['bandung/*/*/*']),
  ];
  const index = new RoleIndex(roles);
  const paths = [
    'bandung/e-musrenbang/index.json', 'bandung/e-musrenbang/e-musrenbang-2.1.0.tgz', 'bandung/ui-kit/index.json', 'bandung/special/x',
    'kuburaya/portal/index.json', 'garut/x/y', 'garut/x', 'a.b/c/d', '.hidden/c/d', 'bandung/.x/y', 'bandung//y', 'bandung/x/', 'bandung/x/y/z',
    'other/special/x', 'other/special/.x', 'nothing/here/at-all', '', 'bandung', 'BANDUNG/x/y',
  ];

  it('gives the roles tuf-js would visit, in its order', () => {
    for (const path of paths) expect(index.rolesFor(path).map((r) => r.name), path).toEqual(tufRoles(roles, path));
  });

  it('matches one role\'s patterns exactly as its own isDelegatedPath does', () => {
    for (const name of index.names()) {
      const role = index.get(name)!;
      for (const path of paths) expect(matchesDelegation(role, path), `${name} ${path}`).toBe(role.isDelegatedPath(path));
    }
  });

  it('keeps a repeated name at its first place with its last definition, as tuf-js does', () => {
    expect(index.names().filter((n) => n === 'bandung')).toHaveLength(1);
    expect(index.get('bandung')!.terminating).toBe(false);
  });
});
