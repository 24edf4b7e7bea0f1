// gotong publiccode: the publiccode.yml standard (version 0.x) that public
// software catalogues read. `validate` checks a file offline and lists every
// finding with its key path, line and column; errors exit 1
// (GOTONG_E_PUBLICCODE_INVALID), warnings alone exit 0.
import type { Command } from 'commander';
import type { Finding } from '../../publiccode/findings.js';
import type { Palette } from '../palette.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';

/** Keys come from the file: no terminal control or direction characters reach the screen. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- the point is to find control characters
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function findingLines(findings: Finding[], c: Palette): string {
  const width = Math.max(0, ...findings.map((f) => `${f.line}:${f.column}`.length));
  return findings
    .map((f) => {
      const where = `${f.line}:${f.column}`.padEnd(width);
      const severity = f.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      return `  ${c.dim(where)}  ${severity}  ${printable(f.path || '(file)')} ${printable(f.message)}  ${c.dim(f.code)}`;
    })
    .join('\n');
}

function counted(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function registerPubliccodeCommands(program: Command): void {
  const publiccode = program.command('publiccode').description('check publiccode.yml, the metadata standard of public software catalogues');

  addCommonOptions(publiccode.command('validate'))
    .description('validate a publiccode.yml offline against the standard (version 0.x); errors exit 1, warnings are shown')
    .argument('[file]', 'the file, or a folder holding one', 'publiccode.yml')
    .action((file: string, flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { isAbsolute, relative, resolve } = await import('node:path');
        const { invalidPubliccode, validatePubliccodeFile } = await import('../../publiccode/validate.js');
        const report = await validatePubliccodeFile(resolve(ctx.cwd, file));
        const { document: _document, ...result } = report;
        const near = relative(ctx.cwd, report.file);
        const shown = printable(near.startsWith('..') || isAbsolute(near) ? report.file : near);
        if (!report.valid) {
          if (!ctx.json) ctx.out.stderr(`${shown}\n${findingLines(report.findings, ctx.colour)}\n`);
          throw invalidPubliccode(report, 'Fix each error listed (line:column, key, what is wrong), then validate again.');
        }
        const summary = `${shown}: valid publiccode.yml${report.warnings > 0 ? `, ${counted(report.warnings, 'warning')}` : ''}`;
        const human = report.findings.length > 0 ? `${findingLines(report.findings, ctx.colour)}\n${summary}` : summary;
        return { json: { ...result }, human };
      }),
    );

  addCommonOptions(publiccode.command('init'))
    .description('write a starting publiccode.yml from gotong.json, and name the keys still to fill in')
    .argument('[dir]', 'module folder', '.')
    .option('--force', 'replace an existing publiccode.yml')
    .action((dir: string, flags: CommonFlags & { force?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { resolve } = await import('node:path');
        const { initPubliccode } = await import('../../publiccode/init.js');
        const result = await initPubliccode({ dir: resolve(ctx.cwd, dir), force: flags.force });
        const fill = result.toFill.length === 0 ? '' : `\nstill to fill in: ${result.toFill.map(printable).join(', ')}\nthen check it with \`gotong publiccode validate\``;
        return { json: { ...result }, human: `wrote ${printable(result.file)}${fill}` };
      }),
    );
}
