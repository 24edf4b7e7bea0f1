// Provenance of published versions, rebuilds and attestations, and the registry's log.
import type { MessageCatalog } from './catalog.js';

export const provenanceMessages = {
  'provenance.dirty': {
    en: '{count, plural, one {# file differs} other {# files differ}} from commit {commit}: {files}',
    id: '{count, number} berkas berbeda dari commit {commit}: {files}',
  },
  'provenance.dirty.hint': {
    en: 'Commit the changes and publish again, so the version can be rebuilt from its commit.',
    id: 'Commit perubahan itu lalu terbitkan lagi, agar versi ini dapat dibangun ulang dari commit-nya.',
  },
} as const satisfies MessageCatalog;
