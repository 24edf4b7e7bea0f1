// A small disk for tests of a full disk: a private mount namespace in which a
// tiny tmpfs can be mounted without touching the machine's own mounts.
// Commands that must see the small disk run inside it (a shell script run
// with `privateMounts` as its prefix).
import { spawnSync } from 'node:child_process';

export const isRoot = process.getuid?.() === 0;

export const works = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

/** The command prefix that starts a private mount namespace in which a small tmpfs can be mounted, or null where none can be had. */
export const privateMounts: string[] | null = (() => {
  const ns = isRoot ? ['unshare', '--mount', '--propagation', 'private'] : ['unshare', '--user', '--map-root-user', '--mount'];
  return works(ns[0], [...ns.slice(1), '--', 'sh', '-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=1m tmpfs "$d"; s=$?; umount "$d"; rmdir "$d"; exit $s']) ? ns : null;
})();
