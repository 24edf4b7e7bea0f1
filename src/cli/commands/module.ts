import { resolve } from 'node:path';
import type { Command } from 'commander';
import { GotongError } from '../../core/errors.js';
import type { InitAnswers } from '../../publish/init-module.js';
import type { InitFlags } from '../init-flags.js';
import type { PackFileResult } from '../../publish/pack-file.js';
import { addCommonOptions, collect, runCommand, type CommonFlags } from '../context.js';
import { addPublisherOptions, proposalJson, proposalText, publisherChangeOptions, settleProposal, type PublisherFlags } from '../publisher-flags.js';

/** No --name, no namespace gotong can tell, and no question may be asked. */
function unknownNamespace(terminal: boolean, slug: string | null): GotongError {
  const message = 'gotong init cannot tell which namespace (which member city) the module belongs to';
  const example = `@bandung/${slug || 'e-musrenbang'}`;
  const hint = `Pass --name @namespace/name, for example --name ${example}, or set GOTONG_SIGNING_KEY to your publisher key of a configured registry.`;
  return terminal ? new GotongError('GOTONG_E_USAGE', message, { hint }) : new GotongError('GOTONG_E_NEEDS_TTY', `${message}, and there is no terminal to ask on`, { hint });
}

/** `gotong pack` for a person: with --dry-run, every file and what ignore rules left out. */
function packSummary(result: PackFileResult): string {
  const lines: string[] = [];
  if (result.dryRun) {
    const width = Math.max(...result.files.map((f) => String(f.size).length));
    lines.push(`${result.name}@${result.version} would pack ${result.fileCount} files (dry run: nothing written)`);
    for (const file of result.files) lines.push(`  ${String(file.size).padStart(width)}  ${file.path}`);
    if (result.ignored.length > 0) lines.push('left out by ignore rules:', ...result.ignored.map((path) => `  ${path}`));
    lines.push(`would write ${result.path}`);
  } else {
    lines.push(result.path);
  }
  lines.push(`size ${result.size} bytes, ${result.fileCount} files, ${result.unpackedSize} bytes unpacked`, `integrity ${result.integrity}`);
  return lines.join('\n');
}

export function registerModuleCommands(program: Command): void {
  addCommonOptions(program.command('init'))
    .description('write a gotong.json for a new module (asks on a terminal; flags and defaults otherwise)')
    .argument('[dir]', 'module folder', '.')
    .option('--yes', 'accept flags and defaults without asking')
    .option('--name <name>', 'module name, e.g. @bandung/e-musrenbang (default: your namespace, when gotong can tell it, and the folder name)')
    .option('--version <version>', 'first version (default 0.1.0)')
    .option('--description-id <text>', 'description in Bahasa Indonesia')
    .option('--description-en <text>', 'description in English')
    .option('--description <text>', 'the same as --description-id')
    .option('--type <type>', 'app, library, data, service or ui (default app on a terminal, none otherwise)')
    .option('--license <spdx>', 'SPDX licence expression (default Apache-2.0)')
    .option('--category <slug>', 'catalog category, e.g. perencanaan, keuangan, identitas')
    .option('--setting <KEY:TYPE[:required][:secret][:default=VALUE]>', 'a setting each installing city gives, e.g. region_code:region=regency:required (repeatable; TYPE: string, number, boolean, url, email, enum=A,B or region=LEVEL)', collect)
    .option('--from-publiccode <file>', 'take name, version, descriptions, licence, type and category from a publiccode.yml (validated first); flags win over it')
    .action((dir: string, flags: InitFlags) =>
      runCommand(flags, async (ctx) => {
        const { suggestModuleName, initModule, slugOf } = await import('../../publish/init-module.js');
        const { initDraft } = await import('../init-flags.js');
        const target = resolve(ctx.cwd, dir);
        const from = flags.fromPubliccode === undefined ? null : await (await import('../../publiccode/to-manifest.js')).readPubliccodeForInit(resolve(ctx.cwd, flags.fromPubliccode));
        const slug = from && slugOf(from.fields.softwareName);
        const suggested = flags.name === undefined ? await suggestModuleName(target, ctx.env, slug || undefined) : null;
        let nameSource = flags.name !== undefined ? 'flag' : suggested?.source;
        const draft = initDraft(flags, from?.fields ?? null, suggested?.name);
        let answers: InitAnswers;
        if (ctx.interactive && !flags.yes && !ctx.json) {
          const { askInitAnswers } = await import('../init-wizard.js');
          answers = await askInitAnswers(draft);
          if (answers.name !== draft.name) nameSource = 'prompt';
        } else if (draft.name === undefined) {
          throw unknownNamespace(ctx.interactive, slug);
        } else {
          answers = { ...draft, name: draft.name, version: draft.version! };
        }
        const result = await initModule(target, answers);
        const { name, version } = result.manifest;
        const why = nameSource === 'signing-key' || nameSource === 'config' ? ` (namespace from ${suggested!.from})` : '';
        const source = from ? `\nfrom ${from.file}${from.report.warnings > 0 ? ` (${from.report.warnings} publiccode.yml warning${from.report.warnings === 1 ? '' : 's'}: see \`gotong publiccode validate\`)` : ''}` : '';
        return {
          json: { path: result.path, manifest: result.manifest, nameSource, publiccode: from ? { file: from.file, warnings: from.report.warnings } : null },
          human: `wrote ${result.path} for ${name}@${version}${why}${source}`,
        };
      }),
    );

  addCommonOptions(program.command('pack'))
    .description('make the deterministic tarball of a module without publishing it')
    .argument('[dir]', 'module folder', '.')
    .option('--out-dir <dir>', 'where to write the .tgz (default: the module folder)')
    .option('--dry-run', 'list what would be packed, and its integrity, without writing the tarball')
    .action((dir: string, flags: CommonFlags & { outDir?: string; dryRun?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { packToFile } = await import('../../publish/pack-file.js');
        const result = await packToFile(resolve(ctx.cwd, dir), { outDir: flags.outDir && resolve(ctx.cwd, flags.outDir), dryRun: flags.dryRun });
        return { json: { ...result }, human: packSummary(result) };
      }),
    );

  addCommonOptions(program.command('version'))
    .description('bump the version in gotong.json (major, minor, patch, premajor, preminor, prepatch, prerelease or X.Y.Z)')
    .argument('<release>')
    .argument('[dir]', 'module folder', '.')
    .option('--preid <id>', 'pre-release identifier, e.g. rc')
    .option('--git-tag', 'commit gotong.json and tag v<version> in the module\'s git repository')
    .action((release: string, dir: string, flags: CommonFlags & { preid?: string; gitTag?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { bumpModuleVersion } = await import('../../publish/version.js');
        const result = await bumpModuleVersion(resolve(ctx.cwd, dir), release, { preid: flags.preid, gitTag: flags.gitTag });
        return { json: { ...result }, human: `${result.name} ${result.previous} -> ${result.version}${result.tag ? ` (tagged ${result.tag})` : ''}` };
      }),
    );

  addPublisherOptions(addCommonOptions(program.command('publish')), 'validate, pack and sign, but change nothing')
    .description('sign and publish a module version into a registry')
    .argument('[dir]', 'module folder', '.')
    .option('--yes', 'never ask (publish never asks; accepted for pipelines)')
    .option('--allow-invalid-publiccode', 'publish even when the module\'s publiccode.yml has errors (shown as warnings; the index then keeps none of its fields)')
    .action((dir: string, flags: CommonFlags & PublisherFlags & { allowInvalidPubliccode?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { publish } = await import('../../publish/publish.js');
        const result = await publish({ dir: resolve(ctx.cwd, dir), ...(await publisherChangeOptions(ctx, flags)), allowInvalidPubliccode: flags.allowInvalidPubliccode });
        const settled = await settleProposal(ctx, flags, result.proposal);
        const status = settled?.state === 'accepted' ? 'published' : result.status;
        const verb = status === 'already-published' ? 'already published' : result.dryRun ? 'would publish' : status === 'proposed' ? 'signed' : 'published';
        return {
          json: { status, name: result.name, version: result.version, integrity: result.integrity, target: result.target, dryRun: result.dryRun, retries: result.retries, proposal: proposalJson(result.proposal), state: settled?.state ?? null },
          human: `${verb} ${result.name}@${result.version}\nintegrity ${result.integrity}${result.retries ? `\n(${result.retries} retr${result.retries === 1 ? 'y' : 'ies'} after other publishers pushed first)` : ''}${proposalText(settled)}`,
        };
      }),
    );
}
