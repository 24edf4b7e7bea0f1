// Runs before `npm pack` and `npm publish`, which then run `prepare` (the build):
// dist/ is removed first, so a release tarball never carries compiled files of
// sources deleted since the last build.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
