// `gotong publiccode init`: a starting publiccode.yml from the module's
// gotong.json. What gotong.json says is carried over (name, version,
// description, licence, repository, publisher, kind); what it cannot know
// (categories from the standard's list, a long description, features, a
// maintainer) is left out, and the validation that follows names each of them,
// so the file is a start the publisher finishes, never a silent guess.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import semver from 'semver';
import { GotongError, ioError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { readManifest } from '../manifest/manifest.js';
import type { ModuleManifest } from '../manifest/types.js';
import { validatePubliccodeFile, PUBLICCODE_FILE, type PubliccodeReport } from './validate.js';
import { CATEGORIES } from './vocabulary.js';
import { writeYaml } from './yaml-source.js';

export interface PubliccodeInitOptions {
  dir: string;
  /** Replace an existing publiccode.yml. */
  force?: boolean;
  now?: Date;
}

export interface PubliccodeInitResult extends Omit<PubliccodeReport, 'document'> {
  file: string;
  /** Keys still to fill in: the paths of the errors validation found in the new file. */
  toFill: string[];
}

const SOFTWARE_TYPE: Record<string, string> = { app: 'standalone/web', service: 'standalone/backend', library: 'library', ui: 'library', data: 'configurationFiles' };

/** The publiccode.yml data a manifest gives; pure, so tests read what each field becomes. */
export function publiccodeFromManifest(manifest: ModuleManifest, now: Date): Record<string, unknown> {
  const version = manifest.version ?? '0.1.0';
  const texts = typeof manifest.description === 'string' ? { id: manifest.description } : (manifest.description ?? {});
  const languages = (['id', 'en'] as const).filter((l) => texts[l] !== undefined);
  const description = Object.fromEntries((languages.length > 0 ? languages : (['id'] as const)).map((l) => [l, { shortDescription: texts[l] ?? '' }]));
  const shortName = manifest.name?.split('/').pop() ?? '';
  const data: Record<string, unknown> = {
    publiccodeYmlVersion: '0.4',
    name: shortName,
    url: manifest.repository ?? '',
    ...(manifest.homepage ? { landingURL: manifest.homepage } : {}),
    softwareVersion: version,
    releaseDate: now.toISOString().slice(0, 10),
    platforms: ['web'],
    categories: manifest.category && (CATEGORIES as readonly string[]).includes(manifest.category) ? [manifest.category] : [],
    developmentStatus: semver.valid(version) && semver.major(version) >= 1 && !semver.prerelease(version) ? 'stable' : 'development',
    softwareType: SOFTWARE_TYPE[manifest.type ?? 'app'] ?? 'standalone/other',
    intendedAudience: { countries: ['id'], scope: ['local-authorities'] },
    description,
    legal: {
      license: manifest.license ?? '',
      ...(manifest.publisher ? { mainCopyrightOwner: manifest.publisher, repoOwner: manifest.publisher } : {}),
    },
    maintenance: { type: 'internal', contacts: [] },
    localisation: { localisationReady: languages.length > 1, availableLanguages: languages.length > 0 ? [...languages] : ['id'] },
  };
  return data;
}

export async function initPubliccode(options: PubliccodeInitOptions): Promise<PubliccodeInitResult> {
  const file = join(options.dir, PUBLICCODE_FILE);
  if (existsSync(file) && !options.force) {
    throw new GotongError('GOTONG_E_PUBLICCODE_EXISTS', t('publiccode.exists', { file }), {
      hint: t('publiccode.exists.hint'),
    });
  }
  const manifest = await readManifest(options.dir);
  // i18n-exempt: comments of the file written into the module's folder, kept in one language like the file's keys
  const header = [
    '# publiccode.yml: the metadata standard of public software catalogues (version 0.x).',
    `# Written by gotong publiccode init from gotong.json; finish it, then check it with`,
    '# `gotong publiccode validate`, which names every key still to fill in.',
    '',
  ].join('\n');
  try {
    await writeFile(file, header + writeYaml(publiccodeFromManifest(manifest, options.now ?? new Date())));
  } catch (error) {
    throw ioError('write', file, error);
  }
  const { document: _document, ...report } = await validatePubliccodeFile(file);
  const toFill = [...new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.path))];
  return { ...report, toFill };
}
