// Why a command run with --offline stops when the metadata this machine
// verified has expired since. Offline, tuf-js (forceCache) treats an expired
// cached file as one to fetch anew, and the offline source answers that it is
// "not in the local cache", which sends the user looking for a lost file and
// suggests going online only by accident. The real reason is the expiry (TUF
// 1.0 sections 5.3.10, 5.4.4, 5.5.6, 5.6.5): nothing local can renew signed
// metadata, so the message says which file expired and when.
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { readTrustedFile, unexpired } from './unchanged.js';

/** Throws GOTONG_E_METADATA_EXPIRED for the first of `files` in the trust folder whose expiry has passed at `now`. */
export async function assertCachedUnexpired(trustDir: string, files: string[], now: number, label: string): Promise<void> {
  for (const file of files) {
    const trusted = await readTrustedFile(trustDir, file);
    if (!trusted || unexpired(trusted.signed, now)) continue;
    const expires = trusted.signed.expires;
    // An unreadable date is not an expiry: tuf-js refuses that file with its own reason.
    if (typeof expires !== 'string' || !Number.isFinite(Date.parse(expires))) continue;
    throw new GotongError('GOTONG_E_METADATA_EXPIRED', t('trust.offlineExpired', { label, expires, file }), {
      hint: t('trust.offlineExpired.hint'),
      details: { file, expires },
    });
  }
}
