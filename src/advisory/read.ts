// Reading advisories and adoption records through TUF, as install reads an
// index: the signed info of the target decides which bytes are accepted, and
// the content must then agree with the path it is signed at
// (manifest/advisory-files.ts). A file that does not is refused: it is left
// out with a warning, so one namespace's bad file cannot hide the others'.
import { GotongError, isGotongError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import { ADOPTION_FOLDER, advisoriesTarget, MAX_ADOPTION_BYTES, MAX_ADVISORIES_BYTES, namespaceFileOf, parseAdoptionRecord, parseAdvisoryFile } from '../manifest/advisory-files.js';
import type { AdoptionRecord, AdvisoryFile } from '../manifest/types.js';
import type { TrustedRegistry } from '../trust/client.js';
import { t } from '../i18n/translate.js';

async function signedBytes(trusted: TrustedRegistry, path: string, max: number): Promise<Buffer | null> {
  const info = await trusted.targetInfo(path);
  if (!info) return null;
  if (info.length > max) {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('advisory.tooLarge', { path, length: info.length, max }), {
      hint: t('advisory.tooLarge.hint'),
    });
  }
  return trusted.readTarget(info);
}

function refused(reporter: Reporter, path: string, error: GotongError): void {
  reporter.emit({ type: 'warn', code: 'GOTONG_W_RECORD_REFUSED', message: t('advisory.recordRefused', { path, reason: error.message }), hint: error.hint });
}

/** A module's advisories, or null when it has none; a refused file is reported and read as none. */
export async function readAdvisories(trusted: TrustedRegistry, fullName: string, reporter: Reporter): Promise<AdvisoryFile | null> {
  const path = advisoriesTarget(fullName);
  try {
    const bytes = await signedBytes(trusted, path, MAX_ADVISORIES_BYTES);
    return bytes && parseAdvisoryFile(bytes, path);
  } catch (error) {
    if (!isGotongError(error, 'GOTONG_E_REGISTRY_INVALID')) throw error;
    refused(reporter, path, error);
    return null;
  }
}

/** The paths of every module's advisories the namespaces sign (one role read per namespace). */
export async function advisoryModules(trusted: TrustedRegistry): Promise<string[]> {
  const names: string[] = [];
  for (const namespace of await trusted.namespaces()) {
    for (const path of Object.keys(await trusted.namespaceTargets(namespace)).sort()) {
      const place = namespaceFileOf(path);
      if (place.kind === 'advisories') names.push(place.module);
    }
  }
  return names;
}

/** Every adoption record of every namespace, those refused left out (and reported). */
export async function readAdoptionRecords(trusted: TrustedRegistry, reporter: Reporter): Promise<AdoptionRecord[]> {
  const records: AdoptionRecord[] = [];
  for (const namespace of await trusted.namespaces()) {
    for (const path of Object.keys(await trusted.folderTargets(namespace, ADOPTION_FOLDER)).sort()) {
      if (namespaceFileOf(path).kind !== 'adoption') continue;
      try {
        const bytes = await signedBytes(trusted, path, MAX_ADOPTION_BYTES);
        if (bytes) records.push(parseAdoptionRecord(bytes, path));
      } catch (error) {
        if (!isGotongError(error, 'GOTONG_E_REGISTRY_INVALID')) throw error;
        refused(reporter, path, error);
      }
    }
  }
  return records;
}
