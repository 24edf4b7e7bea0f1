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

export function parseThreshold(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw usage(`--threshold must be a whole number of at least 1, not "${text}"`, 'For example --threshold 2 with three keys.');
  return value;
}

/** For every command that opens private keys. */
export function keyPassphraseOption(): Option {
  return new Option(
    '--key-passphrase-env <keyfile=var>',
    'read the passphrase of KEYFILE (or of the key in GOTONG_SIGNING_KEY or GOTONG_ONLINE_KEY) from the environment variable VAR; repeat for each key (default for all keys: GOTONG_KEY_PASSPHRASE)',
  ).argParser(collect);
}

const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

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
      throw usage('--key-passphrase-env takes KEYFILE=VAR, where VAR is the name of an environment variable', 'For example --key-passphrase-env admin-2.pem=ADMIN_2_PASS, with the passphrase in ADMIN_2_PASS: never write the passphrase itself on the command line.');
    }
    const origin: KeyOrigin | null = variables.includes(key) ? { envVar: key } : files.has(resolve(ctx.cwd, key)) ? { file: resolve(ctx.cwd, key) } : null;
    if (!origin) {
      throw usage(`--key-passphrase-env names ${key}, but this command reads no private key from it`, `Name a key file given to this command${variables.length ? `, or ${variables.join(' or ')}` : ''}.`);
    }
    named.set(originId(origin), variable);
  }
  return named;
}

/** The passphrase `keys generate --passphrase-env VAR` encrypts a new key with. */
export function newKeyPassphrase(env: NodeJS.ProcessEnv, variable: string): string {
  const value = env[variable];
  if (!value) throw usage('the environment variable named by --passphrase-env is empty or unset', 'Set it to the passphrase before running the command: --passphrase-env takes the name of a variable, never the passphrase itself.');
  return value;
}

export function passphraseLookup(ctx: CommandContext, sources: PassphraseSources): PassphraseLookup {
  const named = namedVariables(ctx, sources);
  let questions: Promise<unknown> = Promise.resolve();
  return async (origin): Promise<Passphrase | undefined> => {
    const label = 'file' in origin ? relative(ctx.cwd, origin.file) || origin.file : `the key in ${origin.envVar}`;
    const variable = named.get(originId(origin));
    if (variable) {
      const value = ctx.env[variable];
      if (!value) throw usage(`the environment variable that --key-passphrase-env names for ${label} is empty or unset`, 'Set it to the passphrase of that key before running the command.');
      return { value, from: `the passphrase in the environment variable ${variable}` };
    }
    if (ctx.env.GOTONG_KEY_PASSPHRASE) return { value: ctx.env.GOTONG_KEY_PASSPHRASE, from: 'the passphrase in GOTONG_KEY_PASSPHRASE' };
    if (!ctx.interactive) return undefined;
    // One question at a time, in the order the keys are opened.
    const { askSecret } = await import('./prompts.js');
    const asked = questions.then(() => askSecret(`Passphrase for ${label}`));
    questions = asked.catch(() => undefined);
    return { value: await asked, from: `the passphrase typed for ${label}` };
  };
}

export async function onlineKeyFromFlags(ctx: CommandContext, file: string | undefined, passphrases: PassphraseLookup): Promise<SigningKey> {
  const { resolveSigningKeys } = await import('../trust/key-files.js');
  const [key] = await resolveSigningKeys({ files: file ? [resolve(ctx.cwd, file)] : [], envVar: 'GOTONG_ONLINE_KEY', env: ctx.env, passphrases, purpose: 'registry online', flag: '--online-key' });
  return key;
}
