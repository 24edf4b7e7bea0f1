#!/usr/bin/env node
// An install with nothing to do is answered before the command line loads (dist/cli/up-to-date-answer.js).
const { answerUpToDateInstall } = await import('../dist/cli/up-to-date-answer.js');
if (!(await answerUpToDateInstall(process.argv.slice(2)))) {
  const { main } = await import('../dist/cli/main.js');
  await main(process.argv);
}
