// The registry's log (`gotong log`): its command, its output and why an event does not verify.
import type { MessageCatalog } from './catalog.js';

export const logMessages = {
  'log.description': {
    en: "list the registry's events in order (versions published, yanked and deprecated, namespaces and keys, root changes, proposals), each checked against the signed metadata of its commit",
    id: 'tampilkan peristiwa registry secara berurutan (versi yang diterbitkan, ditarik, dan ditandai usang, namespace dan kunci, perubahan root, usulan), masing-masing diperiksa terhadap metadata bertanda tangan pada commit-nya',
  },
  'log.option.registry': { en: 'registry name or URL (or GOTONG_REGISTRY)', id: 'nama atau URL registry (atau GOTONG_REGISTRY)' },
  'log.option.namespace': { en: "only this namespace's events", id: 'hanya peristiwa namespace ini' },
  'log.option.module': { en: "only this module's events (@namespace/name)", id: 'hanya peristiwa modul ini (@namespace/nama)' },
  'log.option.since': {
    en: 'only events from this date (2026-01-31, an ISO time) or this long ago (7d, 12h) on',
    id: 'hanya peristiwa sejak tanggal ini (2026-01-31, waktu ISO) atau sejak selama ini yang lalu (7d, 12h)',
  },
  'log.since.invalid': { en: '--since "{text}" is neither a date nor a duration', id: '--since "{text}" bukan tanggal maupun durasi' },
  'log.since.invalid.hint': {
    en: 'Give a date such as 2026-01-31 or 2026-01-31T08:00:00Z, or a duration such as 7d or 12h.',
    id: 'Berikan tanggal seperti 2026-01-31 atau 2026-01-31T08:00:00Z, atau durasi seperti 7d atau 12h.',
  },
  'log.notGit': { en: '{label} is a static copy of a registry, without its git history', id: '{label} adalah salinan statis registry, tanpa riwayat git-nya' },
  'log.notGit.hint': {
    en: 'Give the git address of the registry with --registry; the log is read from its commits.',
    id: 'Berikan alamat git registry itu dengan --registry; log dibaca dari commit-commit-nya.',
  },
  'log.historyCopy': { en: 'the history copy of {label}', id: 'salinan riwayat {label}' },
  'log.none': { en: 'no events', id: 'tidak ada peristiwa' },
  'log.summary': {
    en: '{count, plural, one {# event} other {# events}}, {unverified, plural, =0 {all verified} one {# NOT VERIFIED} other {# NOT VERIFIED}}',
    id: '{count, number} peristiwa, {unverified, plural, =0 {semua terverifikasi} other {# TIDAK TERVERIFIKASI}}',
  },
  'log.line': { en: '{time}  {commit}  {what}', id: '{time}  {commit}  {what}' },
  'log.signedBy': { en: 'signed by {keys}', id: 'ditandatangani oleh {keys}' },
  'log.signedByNamespace': { en: 'signed by {keys} ({namespace})', id: 'ditandatangani oleh {keys} ({namespace})' },
  'log.noSigners': { en: 'no valid signature', id: 'tidak ada tanda tangan yang valid' },
  'log.unverified': { en: 'NOT VERIFIED: {reason}', id: 'TIDAK TERVERIFIKASI: {reason}' },
  'log.event.published': { en: 'published {module} {version}', id: 'diterbitkan {module} {version}' },
  'log.event.yanked': { en: 'yanked {module} {version}', id: 'ditarik {module} {version}' },
  'log.event.yankedReason': { en: 'yanked {module} {version}: {reason}', id: 'ditarik {module} {version}: {reason}' },
  'log.event.unyanked': { en: 'unyanked {module} {version}', id: 'penarikan dibatalkan {module} {version}' },
  'log.event.deprecated': { en: 'deprecated {module} {version}: {message}', id: 'ditandai usang {module} {version}: {message}' },
  'log.event.undeprecated': { en: 'no longer deprecated {module} {version}', id: 'tidak lagi usang {module} {version}' },
  'log.event.namespaceAdded': {
    en: 'namespace {namespace} added: {keys, plural, one {# key} other {# keys}}, threshold {threshold}',
    id: 'namespace {namespace} ditambahkan: {keys, number} kunci, ambang {threshold}',
  },
  'log.event.namespaceRemoved': { en: 'namespace {namespace} removed', id: 'namespace {namespace} dihapus' },
  'log.event.namespaceKeys': {
    en: 'keys of namespace {namespace} changed: {added, plural, one {# key} other {# keys}} added, {removed} removed, threshold {threshold}',
    id: 'kunci namespace {namespace} diubah: {added, number} kunci ditambahkan, {removed, number} dihapus, ambang {threshold}',
  },
  'log.event.rootChanged': {
    en: 'root version {version}: threshold {threshold}, {added, plural, one {# key} other {# keys}} added, {removed} removed',
    id: 'root versi {version}: ambang {threshold}, {added, number} kunci ditambahkan, {removed, number} dihapus',
  },
  'log.event.rootOnline': {
    en: 'root version {version}: threshold {threshold}, {added, plural, one {# key} other {# keys}} added, {removed} removed, online key changed',
    id: 'root versi {version}: ambang {threshold}, {added, number} kunci ditambahkan, {removed, number} dihapus, kunci online diganti',
  },
  'log.event.proposalAccepted': { en: 'proposal {proposal} of {namespace} accepted', id: 'usulan {proposal} dari {namespace} diterima' },
  'log.event.proposalRefused': { en: 'proposal {proposal} of {namespace} refused: {refusal}', id: 'usulan {proposal} dari {namespace} ditolak: {refusal}' },
  'log.reason.missing': { en: 'the file is missing', id: 'berkas itu tidak ada' },
  'log.reason.wrongType': { en: 'it is not {kind} metadata', id: 'berkas itu bukan metadata {kind}' },
  'log.reason.unreadable': { en: '{file} cannot be read: {detail}', id: '{file} tidak dapat dibaca: {detail}' },
  'log.reason.rootAnchor': {
    en: '1.root.json (sha256 {sha}…) is not the root this registry starts from ({anchor}…)',
    id: '1.root.json (sha256 {sha}…) bukan root awal registry ini ({anchor}…)',
  },
  'log.reason.rootVersion': { en: '{file} says it is version {version}', id: '{file} menyatakan dirinya versi {version}' },
  'log.reason.rootPrevious': {
    en: 'root version {version} is not signed by the threshold of root version {previous}',
    id: 'root versi {version} tidak ditandatangani oleh ambang root versi {previous}',
  },
  'log.reason.rootSelf': { en: 'root version {version} is not signed by the threshold of its own keys', id: 'root versi {version} tidak ditandatangani oleh ambang kuncinya sendiri' },
  'log.reason.noRoot': { en: 'the commit holds no root metadata', id: 'commit ini tidak memuat metadata root' },
  'log.reason.notSigned': { en: '{file} is not signed by the keys {role} names for it', id: '{file} tidak ditandatangani oleh kunci yang ditetapkan {role} untuknya' },
  'log.reason.notInSnapshot': { en: 'the snapshot lists no role of namespace {namespace}', id: 'snapshot tidak mencantumkan peran namespace {namespace}' },
  'log.reason.notDelegated': { en: 'targets delegates nothing to namespace {namespace}', id: 'targets tidak mendelegasikan apa pun kepada namespace {namespace}' },
  'log.reason.roleThreshold': {
    en: "{file} carries {count, plural, one {# valid signature} other {# valid signatures}} by namespace {namespace}'s keys, {threshold} required",
    id: '{file} memuat {count, number} tanda tangan valid dari kunci namespace {namespace}, wajib {threshold}',
  },
  'log.reason.moduleNotInSnapshot': { en: 'the snapshot does not list {role}, which {file} delegates to', id: 'snapshot tidak mencantumkan {role}, yang didelegasikan oleh {file}' },
  'log.reason.indexUnsigned': { en: '{file} does not sign {target}', id: '{file} tidak menandatangani {target}' },
  'log.reason.indexMismatch': {
    en: '{target} does not have the length and sha256 that {file} signs',
    id: '{target} tidak memiliki panjang dan sha256 yang ditandatangani {file}',
  },
} as const satisfies MessageCatalog;
