// gotong.json: read, check, change and write it. Reading goes through the one
// document gate in schema.ts; writing keeps the author's key order (only the
// dependency map is sorted) and is atomic, so an interrupted command never
// leaves half a manifest behind.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { GotongError, ioError } from '../core/errors.js';
import { writeFileAtomic } from '../core/fsx.js';
import { t } from '../i18n/translate.js';
import { assertRange, parseModuleName } from './names.js';
import { parseDocumentText, validateDocument } from './schema.js';
import type { ModuleManifest, PublishableManifest } from './types.js';

export const manifestFileName = 'gotong.json';

/** A path for messages: relative to the working folder when inside it. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** Parses gotong.json text; `source` names the file in messages. */
export function parseManifestText(text: string, source = manifestFileName): ModuleManifest {
  return parseDocumentText('manifest', text, source);
}

export async function readManifest(dir: string): Promise<ModuleManifest> {
  const file = join(dir, manifestFileName);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      const message = resolve(dir) === process.cwd() ? t('manifest.missing.here') : t('manifest.missing', { dir: displayPath(dir) });
      throw new GotongError('GOTONG_E_MANIFEST_MISSING', message, {
        hint: t('manifest.missing.hint'),
        details: { file: displayPath(file) },
        cause,
      });
    }
    throw ioError('read', displayPath(file), cause);
  }
  return parseManifestText(text, displayPath(file));
}

/** Checks that a manifest can be published: it has a name and a version and is not private. */
export function assertPublishable(manifest: ModuleManifest, source = manifestFileName): PublishableManifest {
  if (manifest.private === true) {
    throw new GotongError('GOTONG_E_MANIFEST_INVALID', t('manifest.private', { source }), {
      hint: t('manifest.private.hint'),
    });
  }
  for (const [field, example] of [['name', '@bandung/e-musrenbang'], ['version', '1.0.0']] as const) {
    if (manifest[field] === undefined) {
      throw new GotongError('GOTONG_E_MANIFEST_INVALID', t('manifest.publishField', { source, field }), {
        hint: t('manifest.publishField.hint', { field, example }),
        details: { file: source, field: `/${field}` },
      });
    }
  }
  return manifest as PublishableManifest;
}

export async function readPublishableManifest(dir: string): Promise<PublishableManifest> {
  const manifest = await readManifest(dir);
  return assertPublishable(manifest, displayPath(join(dir, manifestFileName)));
}

/** The text writeManifest writes: 2-space indent, trailing newline, key order as given. */
export function serializeManifest(manifest: ModuleManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Validates and writes gotong.json atomically (temporary file in the same folder, then rename). */
export async function writeManifest(dir: string, manifest: ModuleManifest): Promise<void> {
  const file = join(dir, manifestFileName);
  validateDocument('manifest', manifest, displayPath(file));
  // A manifest is written into a module or workspace folder that must already exist.
  await writeFileAtomic(file, serializeManifest(manifest), 0o644, { createParent: false });
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(record).sort(compareText)) out[key] = record[key];
  return out;
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy of `manifest` that depends on `name` with `range`; the dependency map comes out sorted. */
export function addDependency(manifest: ModuleManifest, name: string, range: string): ModuleManifest {
  parseModuleName(name);
  assertRange(range);
  if (manifest.name === name) {
    throw new GotongError('GOTONG_E_USAGE', t('manifest.selfDependency', { name }), {
      hint: t('manifest.selfDependency.hint'),
    });
  }
  return { ...manifest, dependencies: sortedRecord({ ...(manifest.dependencies ?? {}), [name]: range }) };
}

/** A copy of `manifest` without the dependency `name`. */
export function removeDependency(manifest: ModuleManifest, name: string): ModuleManifest {
  parseModuleName(name);
  const dependencies = { ...(manifest.dependencies ?? {}) };
  if (!Object.hasOwn(dependencies, name)) {
    throw new GotongError('GOTONG_E_NOT_INSTALLED', t('manifest.notDependency', { name }), {
      hint: t('manifest.notDependency.hint'),
      details: { name },
    });
  }
  delete dependencies[name];
  return { ...manifest, dependencies: sortedRecord(dependencies) };
}
