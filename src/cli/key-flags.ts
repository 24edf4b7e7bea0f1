// Flag handling shared by the commands that sign: thresholds, the registry
// online key (--online-key FILE, else GOTONG_ONLINE_KEY) and the passphrases
// of encrypted keys. Each key finds its passphrase on its own: the variable
// --key-passphrase-env KEYFILE=VAR names for it, else GOTONG_KEY_PASSPHRASE,
// else a question on a terminal. Only variable names are ever written on the
// command line, never a passphrase (argv is visible in `ps`), and no error
// repeats what was written after the `=`, in case it was a passphrase after all.
import { relative, resolve } from 'node:path';
import { Option } from 'commander';
import type { KeyOrigin, PassphraseLookup } from '../trust/key-files.js';
import type { Passphrase, SigningKey } from '../trust/keys.js';
import { collect, usage, type CommandContext } from './context.js';
import { localeOf } from '../i18n/language.js';
import { currentLanguage, t } from '../i18n/translate.js';

export function parseThreshold(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw usage(t('cliAdmin.keyFlags.threshold', { text }), t('cliAdmin.keyFlags.threshold.hint'));
  return value;
}

/** For every command that opens private keys. */
export function keyPassphraseOption(): Option {
  return new Option('--key-passphrase-env <keyfile=var>', t('cliAdmin.keyFlags.passphraseOption')).argParser(collect);
}

const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** "A or B" in the current language. */
function eitherOf(items: readonly string[]): string {
  return new Intl.ListFormat(localeOf(currentLanguage()), { type: 'disjunction' }).format(items);
}

export interface PassphraseSources {
  /** The --key-passphrase-env values. */
  mappings: string[] | undefined;
  /** Every private key file the command was given, as written. */
  keyFiles: string[];
  /** The variables the command may read PEM text from. */
  keyVariables?: string[];
}

function originId(origin: KeyOrigin): string {
  return 'file' in origin ? `file:${origin.file}` : `env:${origin.envVar}`;
}

/** Maps each key named by --key-passphrase-env to its variable; refuses names of keys the command does not read. */
function namedVariables(ctx: CommandContext, sources: PassphraseSources): Map<string, string> {
  const variables = sources.keyVariables ?? [];
  const files = new Set(sources.keyFiles.map((f) => resolve(ctx.cwd, f)));
  const named = new Map<string, string>();
  for (const mapping of sources.mappings ?? []) {
    const at = mapping.lastIndexOf('=');
    const key = mapping.slice(0, Math.max(at, 0));
    const variable = mapping.slice(at + 1);
    if (at <= 0 || !VARIABLE.test(variable)) {
      throw usage(t('cliAdmin.keyFlags.mappingShape'), t('cliAdmin.keyFlags.mappingShape.hint'));
    }
    const origin: KeyOrigin | null = variables.includes(key) ? { envVar: key } : files.has(resolve(ctx.cwd, key)) ? { file: resolve(ctx.cwd, key) } : null;
    if (!origin) {
      const hint = variables.length ? t('cliAdmin.keyFlags.unknownKey.hintVariables', { variables: eitherOf(variables) }) : t('cliAdmin.keyFlags.unknownKey.hint');
      throw usage(t('cliAdmin.keyFlags.unknownKey', { key }), hint);
    }
    named.set(originId(origin), variable);
  }
  return named;
}

/** The passphrase `keys generate --passphrase-env VAR` encrypts a new key with. */
export function newKeyPassphrase(env: NodeJS.ProcessEnv, variable: string): string {
  const value = env[variable];
  if (!value) throw usage(t('cliAdmin.keyFlags.newPassphraseUnset'), t('cliAdmin.keyFlags.newPassphraseUnset.hint'));
  return value;
}

export function passphraseLookup(ctx: CommandContext, sources: PassphraseSources): PassphraseLookup {
  const named = namedVariables(ctx, sources);
  let questions: Promise<unknown> = Promise.resolve();
  return async (origin): Promise<Passphrase | undefined> => {
    const label = 'file' in origin ? relative(ctx.cwd, origin.file) || origin.file : t('cliAdmin.keyFlags.keyInVariable', { variable: origin.envVar });
    const variable = named.get(originId(origin));
    if (variable) {
      const value = ctx.env[variable];
      if (!value) throw usage(t('cliAdmin.keyFlags.namedUnset', { label }), t('cliAdmin.keyFlags.namedUnset.hint'));
      return { value, from: t('cliAdmin.keyFlags.fromNamed', { variable }) };
    }
    if (ctx.env.GOTONG_KEY_PASSPHRASE) return { value: ctx.env.GOTONG_KEY_PASSPHRASE, from: t('cliAdmin.keyFlags.fromDefault') };
    if (!ctx.interactive) return undefined;
    // One question at a time, in the order the keys are opened.
    const { askSecret } = await import('./prompts.js');
    const asked = questions.then(() => askSecret(t('cliAdmin.keyFlags.prompt', { label })));
    questions = asked.catch(() => undefined);
    return { value: await asked, from: t('cliAdmin.keyFlags.fromTyped', { label }) };
  };
}

export async function onlineKeyFromFlags(ctx: CommandContext, file: string | undefined, passphrases: PassphraseLookup): Promise<SigningKey> {
  const { resolveSigningKeys } = await import('../trust/key-files.js');
  // i18n-exempt: 'registry online' is a key purpose id (trust/key-files.ts), which trust says in the user's language.
  const [key] = await resolveSigningKeys({ files: file ? [resolve(ctx.cwd, file)] : [], envVar: 'GOTONG_ONLINE_KEY', env: ctx.env, passphrases, purpose: 'registry online', flag: '--online-key' });
  return key;
}
