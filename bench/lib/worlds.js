// The registries the scenarios run against, generated once and kept (by a
// key over everything that shapes them) so that a second `npm run bench`
// starts measuring at once. A kept registry is regenerated after five days,
// before its timestamp (seven days) expires.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { generateRegistry } from './generate.js';

/** Bump when the generator's output changes, so kept registries are not reused. */
const GENERATOR_VERSION = 7;
const MAX_AGE_MS = 5 * 86_400_000;

/**
 * @param {object} o
 * @param {string} o.root        folder that holds kept registries
 * @param {string} o.name        e.g. "r10k"
 * @param {object} o.plan        arguments of planRegistry
 * @param {object} o.content     content options (content.js)
 * @param {boolean} o.fresh      regenerate even when a kept one exists
 * @param {(line: string) => void} o.log
 */
export async function ensureWorld(o) {
  const key = createHash('sha256').update(JSON.stringify({ v: GENERATOR_VERSION, plan: o.plan, content: o.content })).digest('hex').slice(0, 12);
  const dir = join(o.root, `${o.name}-${key}`);
  if (!o.fresh) {
    try {
      const world = JSON.parse(await fs.readFile(join(dir, 'world.json'), 'utf8'));
      if (Date.now() - Date.parse(world.generatedAt) < MAX_AGE_MS) return { ...world, name: o.name, dir, reused: true };
    } catch {
      // not generated yet
    }
  }
  o.log(`generating registry ${o.name} (${o.plan.modules} modules) in ${dir}`);
  const world = await generateRegistry({ planOptions: o.plan, dir, content: o.content, log: o.log });
  return { ...world, name: o.name, dir, reused: false };
}
