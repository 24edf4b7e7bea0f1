// Preloaded into measured child processes (node --require): writes the
// process's peak resident set size (KiB) where GOTONG_BENCH_RUSAGE says.
// On Linux it is VmHWM from /proc/self/status: getrusage's maxRSS would also
// count the parent's memory, copied into the child by fork before exec.
// CommonJS and --require on purpose: an ES module preloaded with --import
// starts the ES module loader first, which cost each measured run about 10 ms.
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload, see above
const { readFileSync, writeFileSync } = require('node:fs');

const target = process.env.GOTONG_BENCH_RUSAGE;
if (target) {
  process.on('exit', () => {
    let maxRSS = process.resourceUsage().maxRSS;
    try {
      const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
      if (match) maxRSS = Number(match[1]);
    } catch {
      // not Linux: maxRSS as getrusage gives it
    }
    writeFileSync(target, JSON.stringify({ maxRSS }));
  });
}
