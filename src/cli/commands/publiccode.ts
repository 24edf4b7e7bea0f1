// gotong publiccode: the publiccode.yml standard (version 0.x) that public
// software catalogues read. `validate` checks a file offline and lists every
// finding with its key path, line and column; errors exit 1
// (GOTONG_E_PUBLICCODE_INVALID), warnings alone exit 0.
import type { Command } from 'commander';
import type { Finding } from '../../publiccode/findings.js';
import type { Palette } from '../palette.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';
import { t } from '../../i18n/translate.js';

/** Keys come from the file: no terminal control or direction characters reach the screen. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- the point is to find control characters
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function findingLines(findings: Finding[], c: Palette): string {
  const width = Math.max(0, ...findings.map((f) => `${f.line}:${f.column}`.length));
  const error = t('cli.publiccode.severity.error');
  const warning = t('cli.publiccode.severity.warning');
  const severityWidth = Math.max(error.length, warning.length);
  return findings
    .map((f) => {
      const where = `${f.line}:${f.column}`.padEnd(width);
      const severity = f.severity === 'error' ? c.red(error.padEnd(severityWidth)) : c.yellow(warning.padEnd(severityWidth));
      return `  ${c.dim(where)}  ${severity}  ${printable(f.path || t('cli.publiccode.wholeFile'))} ${printable(f.message)}  ${c.dim(f.code)}`;
    })
    .join('\n');
}

export function registerPubliccodeCommands(program: Command): void {
  const publiccode = program.command('publiccode').description(t('cli.publiccode.description'));

  addCommonOptions(publiccode.command('validate'))
    .description(t('cli.publiccode.validate.description'))
    .argument('[file]', t('cli.publiccode.validate.file'), 'publiccode.yml')
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
          throw invalidPubliccode(report, t('cli.publiccode.validate.hint'));
        }
        const summary = report.warnings > 0 ? t('cli.publiccode.validWithWarnings', { file: shown, count: report.warnings }) : t('cli.publiccode.valid', { file: shown });
        const human = report.findings.length > 0 ? `${findingLines(report.findings, ctx.colour)}\n${summary}` : summary;
        return { json: { ...result }, human };
      }),
    );

  addCommonOptions(publiccode.command('init'))
    .description(t('cli.publiccode.init.description'))
    .argument('[dir]', t('cli.argument.moduleFolder'), '.')
    .option('--force', t('cli.publiccode.init.force'))
    .action((dir: string, flags: CommonFlags & { force?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { resolve } = await import('node:path');
        const { initPubliccode } = await import('../../publiccode/init.js');
        const result = await initPubliccode({ dir: resolve(ctx.cwd, dir), force: flags.force });
        const fill = result.toFill.length === 0 ? [] : [t('cli.publiccode.init.toFill', { keys: result.toFill.map(printable).join(', ') }), t('cli.publiccode.init.check')];
        return { json: { ...result }, human: [t('cli.publiccode.init.wrote', { file: printable(result.file) }), ...fill].join('\n') };
      }),
    );
}
