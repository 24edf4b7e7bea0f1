import { resolve } from 'node:path';
import type { Command } from 'commander';
import { keyPassphraseOption, onlineKeyFromFlags, parseThreshold, passphraseLookup } from '../key-flags.js';
import { addCommonOptions, collect, runCommand, usage, type CommonFlags } from '../context.js';

interface InitFlags extends CommonFlags {
  name: string;
  rootKey: string[];
  threshold: string;
  onlineKey?: string;
  description?: string;
  mode: string;
  keyPassphraseEnv?: string[];
}


export function registerRegistry(program: Command): void {
  const registry = program.command('registry').description('create, administer, pin and verify registries');

  addCommonOptions(registry.command('init'))
    .description('create a registry in TARGET (a new folder becomes a bare git repository, or an empty git URL)')
    .argument('<target>')
    .requiredOption('--name <name>', 'registry name, e.g. jabar-kalbar')
    .requiredOption('--root-key <file>', 'administrator private key (repeat for several)', collect)
    .option('--threshold <n>', 'signatures needed on root and targets', '1')
    .option('--online-key <file>', 'key for snapshot and timestamp (default: the first root key; not for production)')
    .option('--description <text>', 'description written to registry.json')
    .option('--mode <mode>', 'staged: members push proposals and the registry\'s pipeline accepts them; direct: every publisher holds the online key', 'staged')
    .addOption(keyPassphraseOption())
    .action((target: string, flags: InitFlags) =>
      runCommand(flags, async (ctx) => {
        const { initRegistry } = await import('../../admin/registry-setup.js');
        if (flags.mode !== 'staged' && flags.mode !== 'direct') throw usage(`--mode ${flags.mode} is not a mode`, 'Use --mode staged (members propose, the registry\'s pipeline accepts) or --mode direct (one organisation publishes).');
        const { readSigningKeyFile, readSigningKeyFiles } = await import('../../trust/key-files.js');
        const passphrases = passphraseLookup(ctx, { mappings: flags.keyPassphraseEnv, keyFiles: [...flags.rootKey, ...(flags.onlineKey ? [flags.onlineKey] : [])] });
        const rootSigners = await readSigningKeyFiles(flags.rootKey.map((f) => resolve(ctx.cwd, f)), passphrases);
        let onlineKey = rootSigners[0];
        if (flags.onlineKey) onlineKey = await readSigningKeyFile(resolve(ctx.cwd, flags.onlineKey), passphrases);
        else ctx.reporter.emit({ type: 'warn', code: 'GOTONG_W_ONLINE_IS_ROOT', message: 'no --online-key: the first root key also signs snapshot and timestamp', hint: 'Fine for a demo; in production keep root keys offline and pass a separate --online-key.' });
        const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(target) || /^[\w.-]+@[\w.-]+:/.test(target);
        const result = await initRegistry({ target: isUrl ? target : resolve(ctx.cwd, target), name: flags.name, description: flags.description, rootSigners, threshold: parseThreshold(flags.threshold), onlineKey, mode: flags.mode, reporter: ctx.reporter, env: ctx.env });
        return {
          json: { ...result },
          human: `registry ${result.name} created at ${result.url} (${result.mode} mode)\nroot sha256 ${result.rootSha256}\nGive this fingerprint to member cities out of band; they pin it with:\n  gotong registry add ${result.name} ${result.url} --root-sha256 ${result.rootSha256}`,
        };
      }),
    );

  addCommonOptions(registry.command('add-namespace'))
    .description('delegate @NS/* to publisher keys (signed by the administrators)')
    .argument('<namespace>')
    .requiredOption('--registry <url>', 'registry name or git URL')
    .requiredOption('--publisher-key <pubfile>', 'publisher public key (repeat for several)', collect)
    .option('--threshold <n>', 'publisher signatures needed', '1')
    .requiredOption('--admin-key <file>', 'administrator private key (repeat to reach the threshold)', collect)
    .option('--online-key <file>', 'online key (or GOTONG_ONLINE_KEY); default: the first admin key')
    .addOption(keyPassphraseOption())
    .action((namespace: string, flags: CommonFlags & { registry: string; publisherKey: string[]; threshold: string; adminKey: string[]; onlineKey?: string; keyPassphraseEnv?: string[] }) =>
      runCommand(flags, async (ctx) => {
        const { addNamespace } = await import('../../admin/registry-setup.js');
        const { locateRegistry } = await import('../../registry/locate.js');
        const { readPublicKeyFile, readSigningKeyFiles } = await import('../../trust/key-files.js');
        const passphrases = passphraseLookup(ctx, { mappings: flags.keyPassphraseEnv, keyFiles: [...flags.adminKey, ...(flags.onlineKey ? [flags.onlineKey] : [])], keyVariables: ['GOTONG_ONLINE_KEY'] });
        const adminSigners = await readSigningKeyFiles(flags.adminKey.map((f) => resolve(ctx.cwd, f)), passphrases);
        const onlineKey = flags.onlineKey || ctx.env.GOTONG_ONLINE_KEY
          ? (await onlineKeyFromFlags(ctx, flags.onlineKey, passphrases))
          : adminSigners[0];
        const publisherKeys = await Promise.all(flags.publisherKey.map((f) => readPublicKeyFile(resolve(ctx.cwd, f))));
        const location = await locateRegistry({ flag: flags.registry, env: ctx.env });
        const result = await addNamespace({ namespace, location, publisherKeys, threshold: parseThreshold(flags.threshold), adminSigners, onlineKey, reporter: ctx.reporter, env: ctx.env });
        return { json: { ...result }, human: `@${result.namespace}/* is delegated to ${result.keyIds.map((k) => k.slice(0, 16)).join(', ')} (threshold ${result.threshold})` };
      }),
    );

  addCommonOptions(registry.command('refresh'))
    .description('re-sign snapshot and timestamp with fresh expiry (run daily from a scheduled job)')
    .option('--registry <url>', 'registry name or git URL (or GOTONG_REGISTRY)')
    .option('--online-key <file>', 'the registry online key (or GOTONG_ONLINE_KEY)')
    .addOption(keyPassphraseOption())
    .action((flags: CommonFlags & { registry?: string; onlineKey?: string; keyPassphraseEnv?: string[] }) =>
      runCommand(flags, async (ctx) => {
        const { refreshTimestamp } = await import('../../admin/registry-setup.js');
        const { locateRegistry } = await import('../../registry/locate.js');
        const passphrases = passphraseLookup(ctx, { mappings: flags.keyPassphraseEnv, keyFiles: flags.onlineKey ? [flags.onlineKey] : [], keyVariables: ['GOTONG_ONLINE_KEY'] });
        const onlineKey = await onlineKeyFromFlags(ctx, flags.onlineKey, passphrases);
        const location = await locateRegistry({ flag: flags.registry, env: ctx.env });
        const result = await refreshTimestamp({ location, onlineKey, reporter: ctx.reporter, env: ctx.env });
        return { json: { ...result }, human: `timestamp v${result.timestampVersion} signed, valid until ${result.expires}` };
      }),
    );

  addCommonOptions(registry.command('add'))
    .description('record a registry under NAME and pin its root')
    .argument('<name>')
    .argument('<url>')
    .option('--root-sha256 <hex>', 'sha256 of the registry\'s 1.root.json, from its administrators')
    .option('--root <file>', 'a copy of the registry\'s 1.root.json, from its administrators')
    .option('--mirror <url>', 'a copy to read before the origin (repeat for several, tried in order)', collect)
    .action((name: string, url: string, flags: CommonFlags & { rootSha256?: string; root?: string; mirror?: string[] }) =>
      runCommand(flags, async (ctx) => {
        const { addRegistry } = await import('../../admin/known-registries.js');
        if (!flags.rootSha256 && !flags.root) throw usage('pin the root with --root-sha256 HEX or --root FILE', 'Ask the registry administrators for the fingerprint printed by `gotong registry init`.');
        const isPath = !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^[\w.-]+@[\w.-]+:/.test(url);
        const { normaliseMirrorUrl } = await import('../../admin/mirror-config.js');
        const mirrors = flags.mirror?.map((m) => normaliseMirrorUrl(m, ctx.cwd));
        const result = await addRegistry({ name, url: isPath ? resolve(ctx.cwd, url) : url, rootSha256: flags.rootSha256, rootFile: flags.root && resolve(ctx.cwd, flags.root), mirrors, reporter: ctx.reporter, env: ctx.env });
        return { json: { ...result }, human: `registry ${result.name} added (${result.url}), root pinned to ${result.rootSha256}` };
      }),
    );

  addCommonOptions(registry.command('verify'))
    .description('check every signature, threshold, expiry, delegation and target of a registry')
    .option('--registry <name|url>', 'registry name or URL (or GOTONG_REGISTRY)')
    .action((flags: CommonFlags & { registry?: string }) =>
      runCommand(flags, async (ctx) => {
        const { locateRegistry } = await import('../../registry/locate.js');
        const { auditRegistry } = await import('../../admin/audit.js');
        const { assertRegistryOk } = await import('../../trust/verify-registry.js');
        const location = await locateRegistry({ flag: flags.registry, env: ctx.env });
        const result = await auditRegistry(location, ctx.env);
        if (ctx.json) return { json: { ...result }, human: '', exitCode: result.ok ? 0 : 3 };
        const { removedKeyText } = await import('../status-text.js');
        const review = removedKeyText(result.publishedByRemovedKeys);
        if (!result.ok && review) ctx.out.stdout(review + '\n');
        assertRegistryOk(result, location.label);
        return { json: {}, human: [`${location.label} is valid: root v${result.rootVersion}, ${result.namespaces} namespaces, ${result.targets} targets checked`, review].filter(Boolean).join('\n') };
      }),
    );
}
