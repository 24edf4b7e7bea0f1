// Messages of manifests and the other JSON documents (src/manifest/), of
// tarballs packed and unpacked (src/archive/) and of installs (src/install/).
import type { MessageCatalog } from './catalog.js';

export const installMessages = {
  // ---- strict JSON reading (manifest/json-text.ts) -------------------------
  'manifest.json.endOfText': { en: 'the end of the text', id: 'akhir teks' },
  'manifest.json.character': { en: 'character U+{code}', id: 'karakter U+{code}' },
  'manifest.json.stringNotClosed': { en: 'a string is not closed', id: 'sebuah string tidak ditutup' },
  'manifest.json.badEscape': { en: 'invalid escape in a string', id: 'escape tidak valid di dalam string' },
  'manifest.json.controlCharacter': {
    en: 'a string holds a raw control character (write it as an escape such as \\n)',
    id: 'sebuah string memuat karakter kontrol mentah (tulis sebagai escape seperti \\n)',
  },
  'manifest.json.digits': {
    en: 'a number needs digits {where, select, fraction {after "."} exponent {in the exponent} other {here}}',
    id: 'angka memerlukan digit {where, select, fraction {setelah "."} exponent {pada eksponen} other {di sini}}',
  },
  'manifest.json.tooDeep': {
    en: 'objects and lists are nested more than {max} levels deep',
    id: 'objek dan list bersarang lebih dari {max} tingkat',
  },
  'manifest.json.unexpectedWord': {
    en: 'unexpected word (only true, false and null are allowed unquoted)',
    id: 'kata tak terduga (hanya true, false, dan null yang boleh ditulis tanpa tanda kutip)',
  },
  'manifest.json.unexpectedBeforeValue': { en: 'unexpected {found} where a value should start', id: '{found} tak terduga di tempat sebuah nilai seharusnya dimulai' },
  'manifest.json.trailingComma': { en: 'a comma before "{close}" is not allowed', id: 'koma sebelum "{close}" tidak diperbolehkan' },
  'manifest.json.expectedFieldName': { en: 'expected a quoted field name, found {found}', id: 'seharusnya nama field bertanda kutip, ditemukan {found}' },
  'manifest.json.duplicateField': { en: 'the field {field} appears twice in one object', id: 'field {field} muncul dua kali dalam satu objek' },
  'manifest.json.expectedColon': { en: 'expected ":" after a field name, found {found}', id: 'seharusnya ":" setelah nama field, ditemukan {found}' },
  'manifest.json.expectedCommaOrClose': {
    en: 'expected "," or "{close}" after a value, found {found}',
    id: 'seharusnya "," atau "{close}" setelah sebuah nilai, ditemukan {found}',
  },
  'manifest.json.empty': { en: 'the text is empty', id: 'teks kosong' },
  'manifest.json.afterEnd': { en: 'unexpected {found} after the end of the JSON value', id: '{found} tak terduga setelah akhir nilai JSON' },

  // ---- the document gate (manifest/schema.ts) ------------------------------
  'manifest.schema.hint.manifest': {
    en: 'Fix that field and run the command again; registry-schema/gotong.schema.json lists every field.',
    id: 'Perbaiki field itu lalu jalankan perintah lagi; registry-schema/gotong.schema.json mencantumkan setiap field.',
  },
  'manifest.schema.hint.lockfile': {
    en: 'Restore gotong-lock.json from version control, or delete it and run `gotong install` to resolve again.',
    id: 'Pulihkan gotong-lock.json dari version control, atau hapus berkas itu lalu jalankan `gotong install` untuk menentukan versi lagi.',
  },
  'manifest.schema.hint.registry': {
    en: 'The registry holds a damaged or foreign file: tell the registry administrators (they can run `gotong registry verify`).',
    id: 'Registry menyimpan berkas yang rusak atau asing: beri tahu administrator registry (mereka dapat menjalankan `gotong registry verify`).',
  },
  'manifest.schema.cannotLoad': {
    en: 'this is a bug in gotong: cannot load the schema {path}',
    id: 'ini adalah bug di gotong: skema {path} tidak dapat dimuat',
  },
  'manifest.schema.cannotLoad.hint': {
    en: 'Reinstall gotong: its registry-schema folder is missing or damaged.',
    id: 'Pasang ulang gotong: folder registry-schema miliknya hilang atau rusak.',
  },
  'manifest.schema.notJson': {
    en: '{source} is not valid JSON: {problem} at line {line}, column {column}',
    id: '{source} bukan JSON yang valid: {problem} pada baris {line}, kolom {column}',
  },
  'manifest.schema.notJson.hint': {
    en: 'Fix the JSON at line {line}, column {column} (a missing comma, quote or bracket is the usual cause) and run again.',
    id: 'Perbaiki JSON pada baris {line}, kolom {column} (biasanya karena koma, tanda kutip, atau kurung yang hilang) lalu jalankan lagi.',
  },
  'manifest.schema.problem': { en: '{source}: {problem}', id: '{source}: {problem}' },
  'manifest.schema.fieldProblem': { en: '{source}: {field} {problem}', id: '{source}: {field} {problem}' },
  'manifest.schema.newerFormat': {
    en: '{source} has {field} {found}, but this gotong reads only {field} 1',
    id: '{source} memiliki {field} {found}, tetapi gotong ini hanya dapat membaca {field} 1',
  },
  'manifest.schema.newerFormat.hint': {
    en: 'It was written by a newer gotong: upgrade gotong to the version your team or registry uses.',
    id: 'Berkas ini ditulis oleh gotong yang lebih baru: perbarui gotong ke versi yang dipakai tim atau registry Anda.',
  },
  'manifest.schema.selfDependency': { en: 'names the module itself', id: 'menyebut modul itu sendiri' },
  'manifest.schema.selfDependency.hint': {
    en: 'A module cannot depend on itself: remove that entry.',
    id: 'Sebuah modul tidak dapat bergantung pada dirinya sendiri: hapus entri itu.',
  },
  'manifest.schema.repeatedId': { en: 'repeats the id {id}', id: 'mengulang id {id}' },
  'manifest.schema.advisoryRange': {
    en: 'must be a version range such as <2.1.1 (got {value})',
    id: 'harus berupa rentang versi seperti <2.1.1 (diberikan {value})',
  },
  'manifest.schema.semverVersion': {
    en: 'must be a SemVer 2.0 version (got {value})',
    id: 'harus berupa versi SemVer 2.0 (diberikan {value})',
  },
  'manifest.schema.exactly': { en: 'must be {expected} (got {value})', id: 'harus {expected} (diberikan {value})' },
  'manifest.schema.range': {
    en: 'must be a version range such as ^2.1.0 (got {value})',
    id: 'harus berupa rentang versi seperti ^2.1.0 (diberikan {value})',
  },
  'manifest.schema.required': { en: '{field} is required', id: '{field} wajib ada' },
  'manifest.schema.unknownField': { en: '{field} is not a known field', id: '{field} bukan field yang dikenal' },
  'manifest.schema.unknownField.hintNear': {
    en: 'Did you mean {near}? Known fields here: {known}.',
    id: 'Mungkin maksud Anda {near}? Field yang dikenal di sini: {known}.',
  },
  'manifest.schema.unknownField.hintKnown': {
    en: 'Remove it; known fields here: {known}.',
    id: 'Hapus field itu; field yang dikenal di sini: {known}.',
  },
  'manifest.schema.unknownField.hint': { en: 'Remove it.', id: 'Hapus field itu.' },
  'manifest.schema.badKey': { en: '{field} has the key {key}, which must be {want}', id: '{field} memiliki kunci {key}, yang seharusnya {want}' },
  'manifest.schema.validKey': { en: 'a valid key', id: 'kunci yang valid' },
  'manifest.schema.type': { en: '{field} must be {type} (got {got})', id: '{field} harus berupa {type} (diberikan {got})' },
  'manifest.schema.typeName': {
    en: '{type, select, string {a string} number {a number} integer {a whole number} boolean {true or false} object {an object} array {a list} null {null} other {{type}}}',
    id: '{type, select, string {string} number {angka} integer {bilangan bulat} boolean {true atau false} object {objek} array {list} null {null} other {{type}}}',
  },
  'manifest.schema.typeOr': { en: '{left} or {right}', id: '{left} atau {right}' },
  'manifest.schema.value.list': { en: 'a list', id: 'sebuah list' },
  'manifest.schema.value.object': { en: 'an object', id: 'sebuah objek' },
  'manifest.schema.oneOf': { en: '{field} must be one of {values} (got {got})', id: '{field} harus salah satu dari {values} (diberikan {got})' },
  'manifest.schema.const': { en: '{field} must be {value} (got {got})', id: '{field} harus {value} (diberikan {got})' },
  'manifest.schema.notEmpty': { en: '{field} must not be empty', id: '{field} tidak boleh kosong' },
  'manifest.schema.minLength': { en: '{field} must be at least {limit} characters', id: '{field} harus paling sedikit {limit} karakter' },
  'manifest.schema.maxLength': {
    en: '{field} must be at most {limit} characters (got {length})',
    id: '{field} harus paling banyak {limit} karakter (diberikan {length})',
  },
  'manifest.schema.minimum': { en: '{field} must be at least {limit} (got {got})', id: '{field} harus paling sedikit {limit} (diberikan {got})' },
  'manifest.schema.maximum': { en: '{field} must be at most {limit} (got {got})', id: '{field} harus paling banyak {limit} (diberikan {got})' },
  'manifest.schema.minItems': { en: '{field} must have at least {limit} entries', id: '{field} harus memiliki paling sedikit {limit} entri' },
  'manifest.schema.maxItems': { en: '{field} must have at most {limit} entries', id: '{field} harus memiliki paling banyak {limit} entri' },
  'manifest.schema.maxProperties': {
    en: '{field} must NOT have more than {limit, plural, one {{limit} property} other {{limit} properties}}',
    id: '{field} tidak boleh memiliki lebih dari {limit} field',
  },
  'manifest.schema.duplicateItem': { en: '{field} lists {value} twice', id: '{field} mencantumkan {value} dua kali' },
  'manifest.schema.want': { en: '{field} must be {want} (got {got})', id: '{field} harus berupa {want} (diberikan {got})' },
  'manifest.schema.form': { en: '{field} must be in the form {form} (got {got})', id: '{field} harus berbentuk {form} (diberikan {got})' },
  'manifest.schema.formOfSchema': {
    en: '{field} must be in the form the schema asks for (got {got})',
    id: '{field} harus berbentuk seperti yang diminta skema (diberikan {got})',
  },
  'manifest.schema.other': { en: '{field} {detail}', id: '{field} tidak sesuai dengan skema (kata kunci {keyword})' },
  'manifest.schema.breaks': { en: '{field} breaks the schema', id: '{field} tidak sesuai dengan skema' },
  'manifest.schema.document': { en: 'the document', id: 'dokumen' },

  // What a field must be, as registry-schema/*.json describes it; the English
  // text is the schema's own "description", by which schema.ts finds it.
  'manifest.schema.want.slug': {
    en: 'a lowercase slug such as perencanaan (letters, digits and hyphens, at most 64 characters)',
    id: 'slug huruf kecil seperti perencanaan (huruf, angka, dan tanda hubung, paling banyak 64 karakter)',
  },
  'manifest.schema.want.moduleName': {
    en: 'a module name of the form @namespace/name (lowercase letters, digits and hyphens; each part starts with a letter or digit and is at most 64 characters)',
    id: 'nama modul berbentuk @namespace/nama (huruf kecil, angka, dan tanda hubung; setiap bagian diawali huruf atau angka dan paling banyak 64 karakter)',
  },
  'manifest.schema.want.version': {
    en: 'a SemVer 2.0 version such as 2.1.0 (no leading v)',
    id: 'versi SemVer 2.0 seperti 2.1.0 (tanpa awalan v)',
  },
  'manifest.schema.want.dateTime': {
    en: 'an RFC 3339 date-time such as 2025-03-01T08:00:00.000Z',
    id: 'tanggal-waktu RFC 3339 seperti 2025-03-01T08:00:00.000Z',
  },
  'manifest.schema.want.fixedIn': {
    en: 'a SemVer 2.0 version with the fix such as 2.1.1, or null while there is none',
    id: 'versi SemVer 2.0 yang memuat perbaikan, seperti 2.1.1, atau null selama belum ada',
  },
  'manifest.schema.want.advisoryId': {
    en: 'an advisory id such as GTA-2025-0001 (letters, digits, ., _ and -; at most 64 characters)',
    id: 'id advisori seperti GTA-2025-0001 (huruf, angka, ., _, dan -; paling banyak 64 karakter)',
  },
  'manifest.schema.want.range': { en: 'a version range such as ^2.1.0', id: 'rentang versi seperti ^2.1.0' },
  'manifest.schema.want.note': {
    en: 'a non-empty single line of at most 2000 characters, without control characters',
    id: 'satu baris yang tidak kosong dengan paling banyak 2000 karakter, tanpa karakter kontrol',
  },
  'manifest.schema.want.sha256': {
    en: 'a sha256 digest as 64 lowercase hex digits',
    id: 'digest sha256 berupa 64 digit heksadesimal huruf kecil',
  },
  'manifest.schema.want.integrity': {
    en: 'a subresource-integrity string sha512-<base64>',
    id: 'string subresource-integrity sha512-<base64>',
  },
  'manifest.schema.want.target': {
    en: 'a target path such as bandung/e-musrenbang/e-musrenbang-2.1.0.tgz',
    id: 'path target seperti bandung/e-musrenbang/e-musrenbang-2.1.0.tgz',
  },
  'manifest.schema.want.registryUrl': { en: 'a registry URL or path on one line', id: 'URL atau path registry dalam satu baris' },
  'manifest.schema.want.localizedText': {
    en: 'a text, or an object with an "id" (Indonesian) and/or "en" (English) text',
    id: 'teks, atau objek dengan teks "id" (bahasa Indonesia) dan/atau "en" (bahasa Inggris)',
  },
  'manifest.schema.want.shortText': {
    en: 'a non-empty single line of at most 200 characters',
    id: 'satu baris yang tidak kosong dengan paling banyak 200 karakter',
  },
  'manifest.schema.want.keyword': {
    en: 'a keyword of 1 to 50 characters on one line',
    id: 'kata kunci sepanjang 1 sampai 50 karakter dalam satu baris',
  },
  'manifest.schema.want.license': {
    en: 'a licence name or SPDX expression such as Apache-2.0',
    id: 'nama lisensi atau ekspresi SPDX seperti Apache-2.0',
  },
  'manifest.schema.want.repositoryUrl': {
    en: 'a repository URL starting with https://, http://, ssh://, git://, git+https:// or git+ssh://',
    id: 'URL repositori yang diawali https://, http://, ssh://, git://, git+https://, atau git+ssh://',
  },
  'manifest.schema.want.sourceRepository': {
    en: 'a repository address without credentials (https://, ssh://, git:// or user@host:path), or null',
    id: 'alamat repositori tanpa kredensial (https://, ssh://, git:// atau user@host:path), atau null',
  },
  'manifest.schema.want.commit': {
    en: 'a git commit id of 40 or 64 lowercase hex digits',
    id: 'id commit git berupa 40 atau 64 digit heksadesimal huruf kecil',
  },
  'manifest.schema.want.sourcePath': {
    en: 'a folder inside the repository, /-separated, or . for its root',
    id: 'folder di dalam repositori, dipisah dengan /, atau . untuk akarnya',
  },
  'manifest.schema.want.sha512': {
    en: 'a sha512 digest as 128 lowercase hex digits',
    id: 'digest sha512 berupa 128 digit heksadesimal huruf kecil',
  },
  'manifest.schema.want.webUrl': {
    en: 'a web address starting with https:// or http://',
    id: 'alamat web yang diawali https:// atau http://',
  },
  'manifest.schema.want.relativePath': {
    en: 'a relative path inside the module folder (no leading /, no .. and no wildcards)',
    id: 'path relatif di dalam folder modul (tanpa awalan /, tanpa .., dan tanpa wildcard)',
  },
  'manifest.schema.want.settingKey': {
    en: 'a setting name such as city_name (lowercase letters, digits and underscores, starting with a letter, at most 64 characters)',
    id: 'nama pengaturan seperti city_name (huruf kecil, angka, dan garis bawah, diawali huruf, paling banyak 64 karakter)',
  },
  'manifest.schema.want.settingDefault': {
    en: "a value of the setting's type: a text, a number, or true or false",
    id: 'nilai yang sesuai dengan tipe pengaturan: teks, angka, atau true atau false',
  },
  'manifest.schema.want.indexText': {
    en: 'a text, or an object of texts by language code ("id", "en", ...)',
    id: 'teks, atau objek berisi teks per kode bahasa ("id", "en", ...)',
  },
  'manifest.schema.want.languageCode': { en: 'a language code such as id or en', id: 'kode bahasa seperti id atau en' },
  'manifest.schema.want.deprecation': { en: 'a deprecation message, or null', id: 'pesan usang, atau null' },
  'manifest.schema.want.publiccodeWord': {
    en: 'a word of the publiccode.yml standard such as stable, standalone/web or digital-citizenship',
    id: 'kata dari standar publiccode.yml seperti stable, standalone/web, atau digital-citizenship',
  },
  'manifest.schema.want.publiccodeVersion': {
    en: 'a version of the publiccode.yml standard such as 0.4',
    id: 'versi standar publiccode.yml seperti 0.4',
  },
  'manifest.schema.want.date': {
    en: 'a date written YYYY-MM-DD, such as 2027-12-31',
    id: 'tanggal yang ditulis YYYY-MM-DD, seperti 2027-12-31',
  },
  'manifest.schema.want.countryCode': {
    en: 'a lowercase ISO 3166-1 alpha-2 country code such as id',
    id: 'kode negara ISO 3166-1 alpha-2 dalam huruf kecil seperti id',
  },
  'manifest.schema.want.relativeDir': {
    en: 'a relative folder such as targets (letters, digits, ., _ and -; no .. and no leading /)',
    id: 'folder relatif seperti targets (huruf, angka, ., _, dan -; tanpa .. dan tanpa awalan /)',
  },

  // ---- names, versions and ranges (manifest/names.ts) -----------------------
  'manifest.name.invalid': {
    en: '{name} is not a module name of the form @namespace/name',
    id: '{name} bukan nama modul berbentuk @namespace/nama',
  },
  'manifest.name.invalid.hintEmpty': { en: 'Give a module name such as @bandung/e-musrenbang.', id: 'Berikan nama modul seperti @bandung/e-musrenbang.' },
  'manifest.name.invalid.hintAt': { en: 'Module names start with "@": try {fixed}.', id: 'Nama modul diawali "@": coba {fixed}.' },
  'manifest.name.invalid.hintNamespace': {
    en: 'Write the full name with its namespace, such as @bandung/e-musrenbang.',
    id: 'Tulis nama lengkap beserta namespace-nya, seperti @bandung/e-musrenbang.',
  },
  'manifest.name.invalid.hintLowercase': {
    en: 'Names use lowercase letters, digits and hyphens: try {fixed}.',
    id: 'Nama memakai huruf kecil, angka, dan tanda hubung: coba {fixed}.',
  },
  'manifest.name.invalid.hint': {
    en: 'Use @namespace/name with lowercase letters, digits and hyphens (each part at most {max} characters), such as @bandung/e-musrenbang.',
    id: 'Gunakan @namespace/nama dengan huruf kecil, angka, dan tanda hubung (setiap bagian paling banyak {max} karakter), seperti @bandung/e-musrenbang.',
  },
  'manifest.spec.emptyRange': {
    en: '{spec} ends with "@" but names no version or range',
    id: '{spec} diakhiri "@" tetapi tidak menyebut versi atau rentang versi',
  },
  'manifest.spec.emptyRange.hint': {
    en: 'Give a version or range after "@", such as {name}@^1.0.0, or leave out the "@".',
    id: 'Berikan versi atau rentang versi setelah "@", seperti {name}@^1.0.0, atau hilangkan "@".',
  },
  'manifest.range.invalid': { en: '{range} is not a valid version range', id: '{range} bukan rentang versi yang valid' },
  'manifest.range.invalid.hint': {
    en: 'Use a SemVer range such as ^2.1.0 (compatible), ~2.1.0 (patches only), 2.1.0 (exact) or >=1.0.0 <3.0.0.',
    id: 'Gunakan rentang SemVer seperti ^2.1.0 (kompatibel), ~2.1.0 (hanya patch), 2.1.0 (tepat), atau >=1.0.0 <3.0.0.',
  },
  'manifest.version.invalid': {
    en: '{version} is not a valid {role, select, current {current version} new {new version} fixedIn {--fixed-in version} other {version}} (SemVer 2.0)',
    id: '{version} bukan {role, select, current {versi saat ini} new {versi baru} fixedIn {versi --fixed-in} other {versi}} yang valid (SemVer 2.0)',
  },
  'manifest.version.invalid.hint': {
    en: 'Use a SemVer 2.0 version: MAJOR.MINOR.PATCH such as 2.1.0, optionally with a pre-release such as 2.1.0-rc.1.',
    id: 'Gunakan versi SemVer 2.0: MAJOR.MINOR.PATCH seperti 2.1.0, boleh dengan pre-release seperti 2.1.0-rc.1.',
  },
  'manifest.version.invalid.hintTrim': {
    en: 'Write the version without the leading characters or spaces: {version}.',
    id: 'Tulis versi tanpa karakter atau spasi di depannya: {version}.',
  },
  'manifest.version.invalid.hintNumbers': {
    en: 'A version needs all three numbers: try {version}.',
    id: 'Sebuah versi memerlukan ketiga angkanya: coba {version}.',
  },

  // ---- gotong.json (manifest/manifest.ts) ----------------------------------
  'manifest.missing.here': { en: 'there is no gotong.json in this folder', id: 'tidak ada gotong.json di folder ini' },
  'manifest.missing': { en: 'there is no gotong.json in {dir}', id: 'tidak ada gotong.json di {dir}' },
  'manifest.missing.hint': {
    en: 'Run `gotong init` to create one, or run the command from the module or workspace folder.',
    id: 'Jalankan `gotong init` untuk membuatnya, atau jalankan perintah dari folder modul atau workspace.',
  },
  'manifest.private': {
    en: '{source} is marked "private": true, so it is never published',
    id: '{source} ditandai "private": true, sehingga tidak pernah diterbitkan',
  },
  'manifest.private.hint': {
    en: 'A workspace is not published. If this folder is a module, remove "private": true from gotong.json.',
    id: 'Workspace tidak diterbitkan. Jika folder ini adalah modul, hapus "private": true dari gotong.json.',
  },
  'manifest.publishField': { en: '{source} has no "{field}", which publishing needs', id: '{source} tidak memiliki "{field}", yang diperlukan untuk menerbitkan' },
  'manifest.publishField.hint': {
    en: 'Add "{field}": "{example}" to gotong.json (`gotong init` writes both).',
    id: 'Tambahkan "{field}": "{example}" ke gotong.json (`gotong init` menulis keduanya).',
  },
  'manifest.selfDependency': { en: '{name} cannot depend on itself', id: '{name} tidak dapat bergantung pada dirinya sendiri' },
  'manifest.selfDependency.hint': {
    en: 'Name another module to add; this gotong.json is the module itself.',
    id: 'Sebut modul lain untuk ditambahkan; gotong.json ini adalah modul itu sendiri.',
  },
  'manifest.notDependency': { en: '{name} is not a dependency in gotong.json', id: '{name} bukan dependensi di gotong.json' },
  'manifest.notDependency.hint': {
    en: 'Check the spelling: only the names under "dependencies" in gotong.json can be removed.',
    id: 'Periksa ejaannya: hanya nama di bawah "dependencies" dalam gotong.json yang dapat dihapus.',
  },

  // ---- registry documents (manifest/module-index.ts, advisory-files.ts) ----
  'manifest.index.source': { en: 'the registry index {path}', id: 'indeks registry {path}' },
  'manifest.notUtf8': { en: '{source} is not UTF-8 text', id: '{source} bukan teks UTF-8' },
  'manifest.index.otherModule': { en: '{source} describes {found}, not {expected}', id: '{source} menjelaskan {found}, bukan {expected}' },
  'manifest.index.otherModule.hint': {
    en: 'The registry holds a misplaced index file: tell the registry administrators (they can run `gotong registry verify`).',
    id: 'Registry menyimpan berkas indeks di tempat yang salah: beri tahu administrator registry (mereka dapat menjalankan `gotong registry verify`).',
  },
  'manifest.index.buildMetadataTwin': {
    en: '{name}@{twin} is already published, and {version} differs from it only in build metadata',
    id: '{name}@{twin} sudah diterbitkan, dan {version} hanya berbeda darinya pada build metadata',
  },
  'manifest.index.buildMetadataTwin.hint': {
    en: 'Versions that differ only after "+" count as the same version: bump the version number instead.',
    id: 'Versi yang hanya berbeda setelah "+" dihitung sebagai versi yang sama: naikkan nomor versinya.',
  },
  'manifest.note.invalid': {
    en: 'the {what, select, yank {yank reason} deprecation {deprecation message} advisory {advisory summary} other {text}} must be one line of at most {max} characters, without control characters',
    id: '{what, select, yank {alasan penarikan} deprecation {pesan usang} advisory {ringkasan advisori} other {teks}} harus berupa satu baris dengan paling banyak {max} karakter, tanpa karakter kontrol',
  },
  'manifest.note.invalid.hint': {
    en: 'Write it as one short sentence, for example "data kode wilayah salah; gunakan 2.1.2".',
    id: 'Tulis sebagai satu kalimat pendek, misalnya "data kode wilayah salah; gunakan 2.1.2".',
  },
  'manifest.registryFile.hint': {
    en: 'The registry holds a damaged or misplaced file: tell the registry administrators (they can run `gotong registry verify`).',
    id: 'Registry menyimpan berkas yang rusak atau salah tempat: beri tahu administrator registry (mereka dapat menjalankan `gotong registry verify`).',
  },
  'manifest.adoption.source': { en: 'the adoption record {path}', id: 'catatan adopsi {path}' },
  'manifest.advisories.source': { en: 'the advisories {path}', id: 'advisori {path}' },
  'manifest.adoption.badTarget': {
    en: '{value} does not name a namespace and a workspace id',
    id: '{value} tidak menyebut namespace dan id workspace',
  },
  'manifest.adoption.badTarget.hint': {
    en: 'A workspace id is a slug such as portal-layanan: lowercase letters, digits and hyphens, at most 64 characters, and not "index".',
    id: 'Id workspace adalah slug seperti portal-layanan: huruf kecil, angka, dan tanda hubung, paling banyak 64 karakter, dan bukan "index".',
  },
  'manifest.registryFile.tooLarge': {
    en: '{source} takes {size} bytes, more than the {max} allowed',
    id: '{source} berukuran {size} byte, melebihi batas {max} byte',
  },
  'manifest.adoption.reservedId': {
    en: '{source} uses the reserved workspace id "index"',
    id: '{source} memakai id workspace "index" yang dicadangkan',
  },
  'manifest.adoption.elsewhere': {
    en: '{source} claims to come from {from}, which is not where it is signed',
    id: '{source} mengaku berasal dari {from}, padahal bukan di situ berkas ini ditandatangani',
  },
  'manifest.adoption.elsewhere.hint': {
    en: "Only a namespace's own keys may report its workspaces; the file is refused. Tell the registry administrators.",
    id: 'Hanya kunci milik namespace itu sendiri yang boleh melaporkan workspace-nya; berkas ini ditolak. Beri tahu administrator registry.',
  },
  'manifest.advisories.otherModule': {
    en: '{source} are about {name}, not the module whose folder holds them',
    id: '{source} membahas {name}, bukan modul yang foldernya menyimpan berkas itu',
  },
  'manifest.advisories.otherModule.hint': {
    en: "Only a module's own namespace may publish advisories for it; the file is refused. Tell the registry administrators.",
    id: 'Hanya namespace milik modul itu sendiri yang boleh menerbitkan advisori untuknya; berkas ini ditolak. Beri tahu administrator registry.',
  },

  // ---- gotong version (manifest/version-bump.ts) ----------------------------
  'manifest.bump.preidWithVersion': {
    en: 'a pre-release id applies only to premajor, preminor, prepatch or prerelease',
    id: 'id pre-release hanya berlaku untuk premajor, preminor, prepatch, atau prerelease',
  },
  'manifest.bump.preidWithVersion.hint': {
    en: 'Drop --preid, or give a release type such as prerelease instead of {release}.',
    id: 'Hilangkan --preid, atau berikan jenis rilis seperti prerelease sebagai ganti {release}.',
  },
  'manifest.bump.preidNotPre': {
    en: 'a pre-release id applies only to premajor, preminor, prepatch or prerelease, not {release}',
    id: 'id pre-release hanya berlaku untuk premajor, preminor, prepatch, atau prerelease, bukan {release}',
  },
  'manifest.bump.preidNotPre.hint': { en: 'Drop --preid, or use {suggestion}.', id: 'Hilangkan --preid, atau gunakan {suggestion}.' },
  'manifest.bump.preidInvalid': { en: '{preid} is not a valid pre-release id', id: '{preid} bukan id pre-release yang valid' },
  'manifest.bump.preidInvalid.hint': {
    en: 'Use letters, digits and hyphens with at least one letter, such as rc, beta or uji-coba.',
    id: 'Gunakan huruf, angka, dan tanda hubung dengan paling sedikit satu huruf, seperti rc, beta, atau uji-coba.',
  },
  'manifest.bump.overflow': { en: 'cannot make a {release} release after {current}', id: 'tidak dapat membuat rilis {release} setelah {current}' },
  'manifest.bump.overflow.hint': {
    en: 'The version numbers are too large; give the next version explicitly, such as `gotong version 3.0.0`.',
    id: 'Nomor versinya terlalu besar; berikan versi berikutnya secara eksplisit, seperti `gotong version 3.0.0`.',
  },
  'manifest.bump.neither': { en: '{value} is neither a release type nor a version', id: '{value} bukan jenis rilis dan bukan versi' },
  'manifest.bump.neither.hint': {
    en: 'Give one of {types}, or a SemVer version such as 2.1.0.',
    id: 'Berikan salah satu dari {types}, atau versi SemVer seperti 2.1.0.',
  },
  'manifest.bump.same': { en: 'the version is already {current}', id: 'versinya sudah {current}' },
  'manifest.bump.same.hint': {
    en: 'Give a different version, or a release type such as patch.',
    id: 'Berikan versi yang berbeda, atau jenis rilis seperti patch.',
  },

  // ---- reading tarballs (archive/tar.ts) -----------------------------------
  'archive.unsafe.hint': {
    en: 'Do not use this module version; report it to its publisher and to the registry administrators.',
    id: 'Jangan gunakan versi modul ini; laporkan kepada penerbitnya dan kepada administrator registry.',
  },
  'archive.tooLarge.hint': {
    en: 'Do not use this module version; if the module really is this large, ask the registry administrators about the size limit.',
    id: 'Jangan gunakan versi modul ini; jika modulnya memang sebesar ini, tanyakan batas ukurannya kepada administrator registry.',
  },
  'archive.nameCut': { en: '{start}...({count, plural, one {# character} other {# characters}})', id: '{start}...({count, number} karakter)' },
  'archive.tar.notUtf8': {
    en: 'tarball {what, select, paxKey {pax key} paxValue {pax value for {key}} entryName {entry name} other {long entry name}} "{text}" is not valid UTF-8',
    id: '{what, select, paxKey {kunci pax} paxValue {nilai pax untuk {key}} entryName {nama entri} other {nama entri panjang}} "{text}" di tarball bukan UTF-8 yang valid',
  },
  'archive.tar.negativeField': {
    en: 'tarball header has a negative or malformed {field, select, checksum {checksum} size {size} other {mode}}',
    id: 'header tarball memiliki {field, select, checksum {checksum} size {ukuran} other {mode}} yang negatif atau rusak',
  },
  'archive.tar.hugeField': {
    en: 'tarball header declares a {field, select, checksum {checksum} size {size} other {mode}} too large to handle',
    id: 'header tarball menyatakan {field, select, checksum {checksum} size {ukuran} other {mode}} yang terlalu besar untuk ditangani',
  },
  'archive.tar.badField': {
    en: 'tarball header has a malformed {field, select, checksum {checksum} size {size} other {mode}} field',
    id: 'header tarball memiliki field {field, select, checksum {checksum} size {ukuran} other {mode}} yang rusak',
  },
  'archive.tar.badPax': { en: 'tarball has a malformed pax extended header', id: 'tarball memiliki header pax extended yang rusak' },
  'archive.tar.paxTwice': { en: 'tarball pax header sets {key} twice', id: 'header pax tarball menetapkan {key} dua kali' },
  'archive.tar.truncated': {
    en: 'tarball is truncated: it ends in the middle of an entry',
    id: 'tarball terpotong: berakhir di tengah sebuah entri',
  },
  'archive.tar.emptyOrNotTar': { en: 'tarball is empty or not a tar archive', id: 'tarball kosong atau bukan arsip tar' },
  'archive.tar.danglingHeader': {
    en: 'tarball ends with an extended header that describes no entry',
    id: 'tarball diakhiri header extended yang tidak menjelaskan entri apa pun',
  },
  'archive.tar.empty': { en: 'tarball is empty', id: 'tarball kosong' },
  'archive.tar.badChecksum': {
    en: 'tarball header #{index} has a wrong checksum (corrupt or not a tar archive)',
    id: 'header tarball #{index} memiliki checksum yang salah (rusak atau bukan arsip tar)',
  },
  'archive.tar.metaTooLarge': {
    en: 'tarball header #{index} is an extended header of {size} bytes (more than {max})',
    id: 'header tarball #{index} adalah header extended berukuran {size} byte (lebih dari {max})',
  },
  'archive.tar.twoPax': { en: 'tarball has two pax extended headers for one entry', id: 'tarball memiliki dua header pax extended untuk satu entri' },
  'archive.tar.twoLongNames': { en: 'tarball has two long-name headers for one entry', id: 'tarball memiliki dua header nama panjang untuk satu entri' },
  'archive.tar.badPaxSize': { en: 'tarball pax header has a malformed size {size}', id: 'header pax tarball memiliki ukuran {size} yang rusak' },
  'archive.tar.sparse': {
    en: 'tarball holds a sparse file, which gotong does not extract',
    id: 'tarball memuat berkas sparse, yang tidak dibongkar oleh gotong',
  },
  'archive.tar.globalPax': { en: 'tarball has a global pax header that sets {key}', id: 'tarball memiliki header pax global yang menetapkan {key}' },
  'archive.tar.longLinkName': {
    en: 'tarball holds a long link name, which only links use',
    id: 'tarball memuat nama tautan panjang, yang hanya dipakai oleh tautan',
  },
  'archive.tar.bomb': {
    en: 'tarball unpacks to more than {max} bytes (a decompression bomb or an oversized module)',
    id: 'tarball terbongkar menjadi lebih dari {max} byte (bom dekompresi atau modul yang terlalu besar)',
  },
  'archive.tar.notGzip': { en: 'tarball is not valid gzip data ({reason})', id: 'tarball bukan data gzip yang valid ({reason})' },

  // ---- extracting (archive/extract.ts): why a name may not be written --------
  // Each ends a sentence that starts with the name ("tarball entry "x" ...").
  'archive.path.empty': { en: 'has an empty name', id: 'memiliki nama kosong' },
  'archive.path.control': {
    en: 'has a control character (such as NUL or a newline) in its name',
    id: 'memiliki karakter kontrol (seperti NUL atau baris baru) di namanya',
  },
  'archive.path.drive': { en: 'starts with a Windows drive letter', id: 'diawali huruf drive Windows' },
  'archive.path.absolute': { en: 'is an absolute path', id: 'merupakan path absolut' },
  'archive.path.backslash': {
    en: 'contains a backslash, which Windows reads as a folder separator',
    id: 'memuat garis miring terbalik, yang dibaca Windows sebagai pemisah folder',
  },
  'archive.path.colon': {
    en: 'contains a colon, which Windows reads as a drive or stream name',
    id: 'memuat titik dua, yang dibaca Windows sebagai nama drive atau stream',
  },
  'archive.path.emptySegment': { en: 'has an empty path segment (a doubled slash)', id: 'memiliki segmen path kosong (garis miring ganda)' },
  'archive.path.dot': { en: 'has a "." path segment', id: 'memiliki segmen path "."' },
  'archive.path.dotDot': {
    en: 'has a ".." path segment, which climbs out of the install folder',
    id: 'memiliki segmen path "..", yang keluar dari folder pemasangan',
  },
  'archive.path.longSegment': { en: 'has a path segment longer than {max} bytes', id: 'memiliki segmen path yang lebih panjang dari {max} byte' },
  'archive.path.git': {
    en: 'has a path segment ({segment}) that a file system may take for ".git", whose config and hooks git runs',
    id: 'memiliki segmen path ({segment}) yang dapat dianggap ".git" oleh sistem berkas, padahal konfigurasi dan hook di dalamnya dijalankan oleh git',
  },
  'archive.path.long': { en: 'is longer than {max} bytes', id: 'lebih panjang dari {max} byte' },
  'archive.path.deep': { en: 'is nested deeper than {max} levels', id: 'bersarang lebih dalam dari {max} tingkat' },
  'archive.name.collides': {
    en: 'collides with {other} once case and Unicode differences are ignored',
    id: 'bertabrakan dengan {other} jika perbedaan huruf besar-kecil dan Unicode diabaikan',
  },
  'archive.name.collidesForm': {
    en: 'collides with {other} (the same text in another Unicode form) once case and Unicode differences are ignored',
    id: 'bertabrakan dengan {other} (teks yang sama dalam bentuk Unicode lain) jika perbedaan huruf besar-kecil dan Unicode diabaikan',
  },
  'archive.name.insideFile': { en: 'is inside {other}, which is a file', id: 'berada di dalam {other}, yang merupakan berkas' },
  'archive.name.twice': { en: 'appears twice', id: 'muncul dua kali' },
  'archive.name.fileAndFolder': { en: 'is both a file and a folder', id: 'sekaligus berupa berkas dan folder' },
  'archive.entry.tooMany': { en: 'tarball has more than {max} entries', id: 'tarball memiliki lebih dari {max} entri' },
  'archive.entry.fileWithSlash': {
    en: 'tarball entry {entry} is a file whose name ends with "/"',
    id: 'entri tarball {entry} adalah berkas yang namanya diakhiri "/"',
  },
  'archive.entry.refusedType': {
    en: 'tarball entry {entry} is {kind, select, hardLink {a hard link} symbolicLink {a symbolic link} characterDevice {a character device} blockDevice {a block device} fifo {a FIFO (named pipe)} contiguous {a contiguous file} other {an entry of unsupported type {type}}}; only plain files and folders are extracted',
    id: 'entri tarball {entry} adalah {kind, select, hardLink {hard link} symbolicLink {tautan simbolis} characterDevice {perangkat karakter} blockDevice {perangkat blok} fifo {FIFO (named pipe)} contiguous {berkas contiguous} other {entri dengan tipe {type} yang tidak didukung}}; hanya berkas biasa dan folder yang dibongkar',
  },
  'archive.entry.refusedLink': {
    en: 'tarball entry {entry} is {kind, select, hardLink {a hard link} other {a symbolic link}} to {target}; only plain files and folders are extracted',
    id: 'entri tarball {entry} adalah {kind, select, hardLink {hard link} other {tautan simbolis}} ke {target}; hanya berkas biasa dan folder yang dibongkar',
  },
  'archive.entry.problem': { en: 'tarball entry {entry} {problem}', id: 'entri tarball {entry} {problem}' },
  'archive.entry.folderWithData': {
    en: 'tarball folder entry {entry} carries {size} bytes of data',
    id: 'entri folder tarball {entry} membawa {size} byte data',
  },
  'archive.entry.pastLimit': {
    en: 'tarball entry {entry} ({size} bytes) takes the unpacked size past the limit of {max} bytes',
    id: 'entri tarball {entry} ({size} byte) membuat ukuran hasil bongkar melewati batas {max} byte',
  },
  'archive.entry.tooLarge': {
    en: 'tarball entry {entry} is {size} bytes, more than the {max} allowed for it',
    id: 'entri tarball {entry} berukuran {size} byte, melebihi batas {max} byte untuknya',
  },
  'archive.tooLarge': { en: 'tarball is {size} bytes, more than the {max} allowed', id: 'tarball berukuran {size} byte, melebihi batas {max} byte' },
  'archive.stagingNotEmpty': {
    en: 'the staging folder {path} already exists and is not an empty folder',
    id: 'folder staging {path} sudah ada dan bukan folder kosong',
  },
  'archive.stagingNotEmpty.hint': {
    en: 'Remove it or choose another staging folder; gotong extracts only into a new or empty folder.',
    id: 'Hapus folder itu atau pilih folder staging lain; gotong hanya membongkar ke folder baru atau kosong.',
  },
  'archive.entry.collidesOnDisk': {
    en: 'tarball entry {entry} collides with another entry on this file system',
    id: 'entri tarball {entry} bertabrakan dengan entri lain di sistem berkas ini',
  },

  // ---- packing (archive/pack.ts, pack-select.ts, secret-files.ts) -----------
  'archive.pack.noManifest': { en: 'there is no gotong.json in {dir}', id: 'tidak ada gotong.json di {dir}' },
  'archive.pack.noManifest.hint': {
    en: 'Run the command in the module folder, or create gotong.json there first.',
    id: 'Jalankan perintah di folder modul, atau buat gotong.json di sana terlebih dahulu.',
  },
  'archive.pack.manifestNotFile': { en: 'gotong.json in {dir} is not a file', id: 'gotong.json di {dir} bukan berkas' },
  'archive.pack.manifestNotFile.hint': { en: 'Replace it with the module manifest file.', id: 'Ganti dengan berkas manifest modul.' },
  'archive.pack.badName': {
    en: 'cannot pack {name}: its name {problem}, so it could not be installed',
    id: 'tidak dapat mengemas {name}: namanya {problem}, sehingga modul tidak akan dapat dipasang',
  },
  'archive.pack.badName.hint': { en: 'Rename or remove that file, then pack again.', id: 'Ganti nama atau hapus berkas itu, lalu kemas lagi.' },
  'archive.pack.secret': { en: 'refusing to pack {name}: it looks like {kind}', id: 'menolak mengemas {name}: berkas ini tampak seperti {kind}' },
  'archive.pack.secretMore': {
    en: 'refusing to pack {name}: it looks like {kind}, and {more, plural, one {# more file that looks secret} other {# more files that look secret}}',
    id: 'menolak mengemas {name}: berkas ini tampak seperti {kind}, dan ada {more, number} berkas lain yang tampak rahasia',
  },
  'archive.pack.secret.hint': {
    en: 'Leave it out with a rule in .gotongignore or .gitignore; if it really must ship, name it in "files" in gotong.json.',
    id: 'Kecualikan dengan aturan di .gotongignore atau .gitignore; jika berkas itu memang harus ikut, sebut namanya di "files" dalam gotong.json.',
  },
  'archive.pack.secret.hintFiles': {
    en: 'Leave it out with a rule in a .gotongignore or .gitignore inside the folder that "files" lists; if it really must ship, name it in "files" in gotong.json.',
    id: 'Kecualikan dengan aturan di .gotongignore atau .gitignore di dalam folder yang dicantumkan "files"; jika berkas itu memang harus ikut, sebut namanya di "files" dalam gotong.json.',
  },
  'archive.secret.env': {
    en: 'an environment file (.env), which usually holds passwords and tokens',
    id: 'berkas lingkungan (.env), yang biasanya memuat kata sandi dan token',
  },
  'archive.secret.pem': { en: 'a PEM file, which may hold a private key', id: 'berkas PEM, yang mungkin memuat kunci privat' },
  'archive.secret.keyFile': { en: 'a private key file (*.key)', id: 'berkas kunci privat (*.key)' },
  'archive.secret.sshKey': { en: 'an SSH private key', id: 'kunci privat SSH' },
  'archive.secret.pkcs12': { en: 'a PKCS#12 key store', id: 'key store PKCS#12' },
  'archive.secret.npmrc': { en: 'an .npmrc that holds a registry credential', id: 'berkas .npmrc yang memuat kredensial registry' },
  'archive.secret.pemKey': { en: 'a file holding a PEM private key', id: 'berkas yang memuat kunci privat PEM' },
  'archive.pack.unsafe': {
    en: 'cannot pack {name}: it is {kind, select, symbolicLink {a symbolic link} fifo {a FIFO (named pipe)} socket {a socket} characterDevice {a character device} blockDevice {a block device} other {not a regular file or folder}}',
    id: 'tidak dapat mengemas {name}: {kind, select, symbolicLink {ini adalah tautan simbolis} fifo {ini adalah FIFO (named pipe)} socket {ini adalah socket} characterDevice {ini adalah perangkat karakter} blockDevice {ini adalah perangkat blok} other {ini bukan berkas biasa atau folder}}',
  },
  'archive.pack.unsafe.hint': {
    en: 'Remove it, or replace it with a copy of the real file, then pack again.',
    id: 'Hapus, atau ganti dengan salinan berkas aslinya, lalu kemas lagi.',
  },
  'archive.pack.listedOutside': {
    en: 'gotong.json "files" lists {entry}, which is not a path inside the module',
    id: '"files" di gotong.json mencantumkan {entry}, yang bukan path di dalam modul',
  },
  'archive.pack.listedOutside.hint': {
    en: 'List files and folders relative to the module folder, without ".." or a leading "/".',
    id: 'Cantumkan berkas dan folder secara relatif terhadap folder modul, tanpa ".." atau awalan "/".',
  },
  'archive.pack.listedMissing': {
    en: 'gotong.json "files" lists {entry}, but there is no such file or folder',
    id: '"files" di gotong.json mencantumkan {entry}, tetapi berkas atau folder itu tidak ada',
  },
  'archive.pack.listedMissing.hint': {
    en: 'Fix the "files" list in gotong.json, or add the missing file.',
    id: 'Perbaiki daftar "files" di gotong.json, atau tambahkan berkas yang belum ada.',
  },

  // ---- installs (src/install/) ---------------------------------------------
  'install.folder.cache': { en: 'the download cache', id: 'cache unduhan' },
  'install.folder.store': { en: 'the module store', id: 'store modul' },
  'install.folder.workspace': { en: 'the workspace {path}', id: 'workspace {path}' },
  'install.notDependency': { en: '{name} is not a dependency of this workspace', id: '{name} bukan dependensi workspace ini' },
  'install.notDependency.hint': {
    en: 'Name a module listed by `gotong ls`, or add it with `gotong install`.',
    id: 'Sebut modul yang tercantum di `gotong ls`, atau tambahkan dengan `gotong install`.',
  },
  'install.notDependency.hintList': { en: 'See the dependencies with `gotong ls`.', id: 'Lihat dependensinya dengan `gotong ls`.' },
  'install.rootFlag.invalid': {
    en: '--root-sha256 {value} is not a sha256 fingerprint',
    id: '--root-sha256 {value} bukan sidik jari sha256',
  },
  'install.rootFlag.invalid.hint': {
    en: 'Give the 64 hexadecimal characters the registry\'s administrators publish (`gotong registry status` shows them on a machine that has the registry).',
    id: 'Berikan 64 karakter heksadesimal yang diumumkan administrator registry (`gotong registry status` menampilkannya di mesin yang sudah punya registry itu).',
  },
  'install.rootFlag.lockDiffers': {
    en: '--root-sha256 names root {flag}…, but the lockfile was made against root {locked}…',
    id: '--root-sha256 menyebut root {flag}…, tetapi lockfile dibuat untuk root {locked}…',
  },
  'install.rootFlag.lockDiffers.hint': {
    en: 'Check the fingerprint with the registry\'s administrators; to move the workspace to another registry, delete gotong-lock.json first.',
    id: 'Periksa sidik jari itu dengan administrator registry; untuk memindahkan workspace ke registry lain, hapus gotong-lock.json terlebih dahulu.',
  },
  'install.frozenAdd': {
    en: '--frozen installs the lockfile as it is and cannot add modules',
    id: '--frozen memasang lockfile apa adanya dan tidak dapat menambah modul',
  },
  'install.frozenAdd.hint': {
    en: 'Run `gotong install MODULE` without --frozen, then commit the new lockfile.',
    id: 'Jalankan `gotong install MODULE` tanpa --frozen, lalu commit lockfile yang baru.',
  },
  'install.noWorkspace': { en: 'there is no gotong.json in {dir}', id: 'tidak ada gotong.json di {dir}' },
  'install.noWorkspace.hint': {
    en: 'Run the command in the workspace folder, or pass --cwd.',
    id: 'Jalankan perintah di folder workspace, atau berikan --cwd.',
  },
  'install.stale.requested': {
    en: "gotong.json's dependencies changed since the lockfile was written",
    id: 'dependensi di gotong.json berubah sejak lockfile ditulis',
  },
  'install.stale.missing': { en: '{name} is not in the lockfile', id: '{name} tidak ada di lockfile' },
  'install.stale.unsatisfied': {
    en: '{name}@{version} in the lockfile does not satisfy {range}',
    id: '{name}@{version} di lockfile tidak memenuhi {range}',
  },
  'install.stale.missingDependency': {
    en: '{dependency}, needed by {name}, is not in the lockfile',
    id: '{dependency}, yang diperlukan oleh {name}, tidak ada di lockfile',
  },
  'install.stale.unsatisfiedDependency': {
    en: "{dependency}@{version} does not satisfy {name}'s {range}",
    id: '{dependency}@{version} tidak memenuhi rentang {range} milik {name}',
  },
  'install.frozenNoLockfile': {
    en: '--frozen needs gotong-lock.json, and there is none',
    id: '--frozen memerlukan gotong-lock.json, dan berkas itu tidak ada',
  },
  'install.frozenNoLockfile.hint': {
    en: 'Run `gotong install` without --frozen once and commit the lockfile it writes.',
    id: 'Jalankan `gotong install` tanpa --frozen sekali, lalu commit lockfile yang ditulisnya.',
  },
  'install.frozenStale': {
    en: '--frozen was given but the lockfile is stale: {reason}',
    id: '--frozen diberikan tetapi lockfile sudah usang: {reason}',
  },
  'install.frozenStale.hint': {
    en: 'Run `gotong install` without --frozen to update gotong-lock.json, review it and commit it.',
    id: 'Jalankan `gotong install` tanpa --frozen untuk memperbarui gotong-lock.json, tinjau, lalu commit.',
  },
  'install.lockedBytesChanged': {
    en: 'the registry now signs other bytes for {name}@{version} than gotong-lock.json records',
    id: 'registry kini menandatangani byte yang berbeda untuk {name}@{version} daripada yang dicatat gotong-lock.json',
  },
  'install.lockedBytesChanged.hint': {
    en: "A published version never changes, so the publisher's key may be misused; nothing was installed. Tell the registry administrators.",
    id: 'Versi yang sudah diterbitkan tidak pernah berubah, jadi kunci penerbitnya mungkin disalahgunakan; tidak ada yang dipasang. Beri tahu administrator registry.',
  },
  'install.mismatch': { en: '{name}@{version}: {problem}', id: '{name}@{version}: {problem}' },
  'install.mismatch.hint': {
    en: 'Nothing was installed. Its publisher signed a tarball that is not the version its index entry describes: do not use this version, and tell the registry administrators.',
    id: 'Tidak ada yang dipasang. Penerbitnya menandatangani tarball yang bukan versi yang dijelaskan entri indeksnya: jangan gunakan versi ini, dan beri tahu administrator registry.',
  },
  'install.mismatch.noField': { en: 'its gotong.json has no "{field}"', id: 'gotong.json miliknya tidak memiliki "{field}"' },
  'install.mismatch.field': {
    en: 'its gotong.json names {field, select, name {the module} other {version}} {found}, not {signed}',
    id: 'gotong.json miliknya menyebut {field, select, name {modul} other {versi}} {found}, bukan {signed}',
  },
  'install.mismatch.dependencyMissing': {
    en: 'its gotong.json does not depend on {name}, which the signed index entry lists ({range})',
    id: 'gotong.json miliknya tidak bergantung pada {name}, yang dicantumkan entri indeks bertanda tangan ({range})',
  },
  'install.mismatch.dependencyRange': {
    en: 'its gotong.json asks for {name} {found}, the signed index entry for {signed}',
    id: 'gotong.json miliknya meminta {name} {found}, sedangkan entri indeks bertanda tangan meminta {signed}',
  },
  'install.mismatch.dependencyExtra': {
    en: 'its gotong.json depends on {name}, which the signed index entry does not list',
    id: 'gotong.json miliknya bergantung pada {name}, yang tidak dicantumkan entri indeks bertanda tangan',
  },
  'install.mismatch.noManifest': { en: 'its tarball has no gotong.json at its root', id: 'tarball-nya tidak memiliki gotong.json di akarnya' },
  'install.mismatch.manifestTooLarge': {
    en: 'its gotong.json is {size} bytes, more than the {max} a manifest may have',
    id: 'gotong.json miliknya berukuran {size} byte, melebihi batas {max} byte untuk sebuah manifest',
  },
  'install.mismatch.notJson': { en: 'its gotong.json is not JSON text', id: 'gotong.json miliknya bukan teks JSON' },
  'install.mismatch.notObject': { en: 'its gotong.json is not a JSON object', id: 'gotong.json miliknya bukan objek JSON' },
  'install.mismatch.badDependencies': {
    en: 'its gotong.json has "dependencies" that are not a map of module names to ranges',
    id: 'gotong.json miliknya memiliki "dependencies" yang bukan pemetaan nama modul ke rentang versi',
  },
  'install.resolve.demand': { en: '{from} asks for {range}', id: '{from} meminta {range}' },
  'install.resolve.demandOfWorkspace': { en: 'the workspace asks for {range}', id: 'workspace meminta {range}' },
  'install.resolve.none': { en: 'none', id: 'tidak ada' },
  'install.resolve.noMatch': {
    en: 'no published version of {name} satisfies {range}',
    id: 'tidak ada versi {name} yang diterbitkan yang memenuhi {range}',
  },
  'install.resolve.noMatch.hint': {
    en: 'Published: {published}. Change the range in gotong.json or on the command line.',
    id: 'Diterbitkan: {published}. Ubah rentang versinya di gotong.json atau di baris perintah.',
  },
  'install.resolve.noMatch.hintYanked': {
    en: 'Published: {published} (yanked: {yanked}). Change the range in gotong.json or on the command line.',
    id: 'Diterbitkan: {published} (ditarik: {yanked}). Ubah rentang versinya di gotong.json atau di baris perintah.',
  },
  'install.resolve.conflict': {
    en: 'no version of {name} satisfies everyone: {demands}',
    id: 'tidak ada versi {name} yang memenuhi semua permintaan: {demands}',
  },
  'install.resolve.conflict.hint': {
    en: 'Published versions of {name}: {published}. Change one of these ranges, or ask the publisher for a version that fits.',
    id: 'Versi {name} yang diterbitkan: {published}. Ubah salah satu rentang versi ini, atau minta versi yang sesuai kepada penerbitnya.',
  },
  'install.resolve.conflict.hintYanked': {
    en: 'Published versions of {name}: {published} (yanked: {yanked}). Change one of these ranges, or ask the publisher for a version that fits.',
    id: 'Versi {name} yang diterbitkan: {published} (ditarik: {yanked}). Ubah salah satu rentang versi ini, atau minta versi yang sesuai kepada penerbitnya.',
  },
  'install.resolve.conflict.hintChosen': {
    en: '{name}@{version} was chosen for the others. Change one of these ranges, or ask the publisher for a version that fits.',
    id: '{name}@{version} dipilih untuk yang lain. Ubah salah satu rentang versi ini, atau minta versi yang sesuai kepada penerbitnya.',
  },
  'install.resolve.tooTangled': {
    en: 'the dependency graph is too tangled to resolve within the search limit',
    id: 'graf dependensi terlalu rumit untuk diselesaikan dalam batas pencarian',
  },
  'install.resolve.tooTangled.hint': {
    en: 'Pin exact versions of the modules that conflict in gotong.json.',
    id: 'Tetapkan versi yang tepat untuk modul yang saling bertentangan di gotong.json.',
  },
  'install.resolve.failed': { en: 'the dependencies cannot be resolved', id: 'dependensi tidak dapat ditentukan versinya' },
  'install.resolve.failed.hint': { en: 'Check the ranges in gotong.json.', id: 'Periksa rentang versi di gotong.json.' },
  'install.update.notDirect': {
    en: "{name} is not listed in gotong.json's dependencies, so it has no range to move",
    id: '{name} tidak tercantum di dependensi gotong.json, sehingga tidak ada rentang versi yang dapat digeser',
  },
  'install.update.notDirect.hint': {
    en: 'Name a direct dependency, or leave out --latest to update it within the ranges that ask for it.',
    id: 'Sebut dependensi langsung, atau hilangkan --latest untuk memperbaruinya dalam rentang versi yang memintanya.',
  },
  'install.update.allYanked': { en: 'every published version of {name} is yanked', id: 'semua versi {name} yang diterbitkan sudah ditarik' },
  'install.update.allYanked.hint': {
    en: 'There is no version to move to; ask its publisher, or leave its range as it is.',
    id: 'Tidak ada versi tujuan; tanyakan kepada penerbitnya, atau biarkan rentang versinya apa adanya.',
  },
  'install.warn.yanked': { en: '{name}@{version} is yanked: {reason}', id: '{name}@{version} ditarik: {reason}' },
  'install.warn.yankedNoReason': { en: '{name}@{version} is yanked (no reason given)', id: '{name}@{version} ditarik (tanpa alasan)' },
  'install.warn.yanked.hint': {
    en: 'It stays installed because gotong-lock.json pins it. Run `gotong update {name}` to move to a version that is not yanked.',
    id: 'Versi ini tetap terpasang karena gotong-lock.json menetapkannya. Jalankan `gotong update {name}` untuk pindah ke versi yang tidak ditarik.',
  },
  'install.warn.deprecated': { en: '{name}@{version} is deprecated: {message}', id: '{name}@{version} usang: {message}' },
  'install.warn.deprecated.hint': {
    en: 'Run `gotong outdated` to see the versions its publisher offers instead.',
    id: 'Jalankan `gotong outdated` untuk melihat versi pengganti yang ditawarkan penerbitnya.',
  },
} as const satisfies MessageCatalog;
