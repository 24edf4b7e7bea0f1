// Flag handling shared by the commands that sign: thresholds and the
// registry online key (--online-key FILE, else GOTONG_ONLINE_KEY).
import { resolve } from 'node:path';
import type { SigningKey } from '../trust/keys.js';
import { usage, type CommandContext } from './context.js';

export function parseThreshold(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw usage(`--threshold must be a whole number of at least 1, not "${text}"`, 'For example --threshold 2 with three keys.');
  return value;
}

export async function onlineKeyFromFlags(ctx: CommandContext, file: string | undefined, passphrase: string | undefined): Promise<SigningKey> {
  const { resolveSigningKeys } = await import('../trust/key-files.js');
  const [key] = await resolveSigningKeys({ files: file ? [resolve(ctx.cwd, file)] : [], envVar: 'GOTONG_ONLINE_KEY', env: ctx.env, passphrase, purpose: 'registry online', flag: '--online-key' });
  return key;
}
