// publiccode.yml validation (src/publiccode/): the findings people read with
// their key path, line and column, and the errors of validate, init and
// publish. A finding is said without its subject ("must be written
// YYYY-MM-DD"), because it is shown after the key path it is about. Keys of
// the standard (maintenance, categories, mainCopyrightOwner) stay as written.
import type { MessageCatalog } from './catalog.js';

export const publiccodeMessages = {
  'publiccode.found.map': { en: 'a mapping', id: 'mapping' },
  'publiccode.found.list': { en: 'a list', id: 'daftar' },
  'publiccode.found.empty': { en: 'empty', id: 'kosong' },
  'publiccode.found.number': { en: 'a number ({source})', id: 'angka ({source})' },
  'publiccode.found.boolean': { en: '{value} (a boolean)', id: '{value} (boolean)' },
  'publiccode.found.text': { en: 'the text {text}', id: 'teks {text}' },
  'publiccode.expected.text': { en: 'text', id: 'teks' },
  'publiccode.expected.boolean': { en: 'true or false', id: 'true atau false' },
  'publiccode.expected.list': { en: 'a list', id: 'daftar' },
  'publiccode.expected.listOrText': { en: 'a list or one text', id: 'daftar atau satu teks' },
  'publiccode.expected.map': { en: 'a mapping of keys', id: 'mapping kunci' },
  'publiccode.expected.languages': { en: 'a mapping from language tags (id, en...) to texts', id: 'mapping dari tag bahasa (id, en...) ke teks' },
  'publiccode.wrongType': { en: 'must be {expected}, not {found}', id: 'harus berupa {expected}, bukan {found}' },
  'publiccode.wrongType.quote': { en: 'must be {expected}, not {found}; quote it: {source}', id: 'harus berupa {expected}, bukan {found}; beri tanda kutip: {source}' },
  'publiccode.wrongType.yaml11': { en: 'must be {expected}, not {found} (YAML 1.2 reads it as text)', id: 'harus berupa {expected}, bukan {found} (YAML 1.2 membacanya sebagai teks)' },
  'publiccode.emptyList': { en: 'must hold at least one item', id: 'harus berisi paling sedikit satu butir' },
  'publiccode.languageKey': { en: 'the key {key} {problem}', id: 'kunci {key} {problem}' },
  'publiccode.notAllowed.near': { en: '{value} is not allowed; did you mean {near}?', id: '{value} tidak diizinkan; mungkin maksud Anda {near}?' },
  'publiccode.notAllowed.oneOf': { en: '{value} is not allowed: one of {allowed}', id: '{value} tidak diizinkan: pilih salah satu dari {allowed}' },
  'publiccode.notAllowed.standardList': { en: '{value} is not allowed (see the standard\'s list)', id: '{value} tidak diizinkan (lihat daftar dalam standar)' },
  'publiccode.tooShort': {
    en: 'has {length, plural, one {{length} character} other {{length} characters}}; at least {min} are needed',
    id: 'panjangnya {length} karakter; diperlukan paling sedikit {min}',
  },
  'publiccode.tooLong': {
    en: 'has {length, plural, one {{length} character} other {{length} characters}}; at most {max} are allowed',
    id: 'panjangnya {length} karakter; yang diizinkan paling banyak {max}',
  },
  'publiccode.fileFormat': { en: 'should be a {formats} file', id: 'sebaiknya berupa berkas {formats}' },
  'publiccode.fileMissing': {
    en: 'names {value}, which is not in the repository beside publiccode.yml',
    id: 'menyebut {value}, yang tidak ada di repositori di samping publiccode.yml',
  },
  'publiccode.requiredEmpty': { en: 'is empty: the standard requires a value', id: 'kosong: standar mewajibkan sebuah nilai' },
  'publiccode.requiredMissing': { en: 'is missing: the standard requires it', id: 'tidak ada: standar mewajibkannya' },
  'publiccode.optionalEmpty': { en: 'is empty: give a value or leave the key out', id: 'kosong: berikan nilai atau hapus kunci itu' },
  'publiccode.deprecatedKey': { en: 'is deprecated: {advice}', id: 'sudah usang: {advice}' },
  'publiccode.deprecated.genericName': { en: 'leave it out; categories say what kind of software it is', id: 'hapus saja; categories sudah menyatakan jenis perangkat lunaknya' },
  'publiccode.deprecated.monochromeLogo': { en: 'use logo alone', id: 'gunakan logo saja' },
  'publiccode.deprecated.leaveOut': { en: 'leave it out', id: 'hapus saja' },
  'publiccode.deprecated.authorsFile': { en: 'name the owners in mainCopyrightOwner', id: 'sebutkan pemiliknya di mainCopyrightOwner' },
  'publiccode.unknownKey': { en: 'is not a key of publiccode.yml 0.x and is ignored', id: 'bukan kunci publiccode.yml 0.x dan diabaikan' },
  'publiccode.unknownKey.near': {
    en: 'is not a key of publiccode.yml 0.x and is ignored; did you mean {near}?',
    id: 'bukan kunci publiccode.yml 0.x dan diabaikan; mungkin maksud Anda {near}?',
  },

  'publiccode.url.notAbsolute': { en: 'is not an absolute URL', id: 'bukan URL absolut' },
  'publiccode.url.notWeb': { en: 'must be an http or https URL, not {protocol}', id: 'harus berupa URL http atau https, bukan {protocol}' },
  'publiccode.url.noHost': { en: 'has no host', id: 'tidak memiliki host' },
  'publiccode.url.notAbsoluteRepository': {
    en: 'is not an absolute URL (e.g. https://git.bandung.go.id/diskominfo/e-musrenbang.git)',
    id: 'bukan URL absolut (misalnya https://git.bandung.go.id/diskominfo/e-musrenbang.git)',
  },
  'publiccode.url.notRepository': {
    en: 'must be a repository URL (https, http, git, ssh or svn), not {protocol}',
    id: 'harus berupa URL repositori (https, http, git, ssh atau svn), bukan {protocol}',
  },
  'publiccode.uri': { en: 'is not an absolute URI (https://... or urn:...)', id: 'bukan URI absolut (https://... atau urn:...)' },
  'publiccode.date.form': { en: 'must be written YYYY-MM-DD', id: 'harus ditulis YYYY-MM-DD' },
  'publiccode.date.notADay': { en: 'is not a day of the calendar', id: 'bukan tanggal yang ada di kalender' },
  'publiccode.languageTag.invalid': { en: 'is not a BCP 47 language tag (e.g. id, en, jv, id-ID)', id: 'bukan tag bahasa BCP 47 (misalnya id, en, jv, id-ID)' },
  'publiccode.languageTag.primary': { en: 'must start with a primary language subtag (e.g. id, en)', id: 'harus diawali subtag bahasa utama (misalnya id, en)' },
  'publiccode.country.form': { en: 'must be a lowercase two-letter ISO 3166-1 code (e.g. id)', id: 'harus berupa kode ISO 3166-1 dua huruf kecil (misalnya id)' },
  'publiccode.country.unknown': { en: 'is not an ISO 3166-1 country code', id: 'bukan kode negara ISO 3166-1' },
  'publiccode.email': { en: 'is not an e-mail address (name@domain)', id: 'bukan alamat email (nama@domain)' },
  'publiccode.path.absolute': {
    en: 'must be a path relative to the repository root, not an absolute file path',
    id: 'harus berupa path relatif terhadap akar repositori, bukan path berkas absolut',
  },
  'publiccode.path.outside': { en: 'must stay inside the repository (no ..)', id: 'harus tetap di dalam repositori (tanpa ..)' },
  'publiccode.path.empty': { en: 'is empty', id: 'kosong' },

  'publiccode.spdx.empty': {
    en: 'is empty: write an SPDX expression such as "MIT" or "EUPL-1.2 OR AGPL-3.0-or-later"',
    id: 'kosong: tulis ekspresi SPDX seperti "MIT" atau "EUPL-1.2 OR AGPL-3.0-or-later"',
  },
  'publiccode.spdx.endsEarly': { en: 'ends after {token}: something must follow it', id: 'berakhir setelah {token}: harus ada lanjutannya' },
  'publiccode.spdx.unknownLicence': {
    en: 'names {token}, which is not an SPDX licence identifier (see https://spdx.org/licenses/)',
    id: 'menyebut {token}, yang bukan pengenal lisensi SPDX (lihat https://spdx.org/licenses/)',
  },
  'publiccode.spdx.unknownException': {
    en: 'names {token}, which is not an SPDX licence exception identifier (see https://spdx.org/licenses/)',
    id: 'menyebut {token}, yang bukan pengenal pengecualian lisensi SPDX (lihat https://spdx.org/licenses/)',
  },
  'publiccode.spdx.case': { en: 'write {canonical} as the SPDX list does, not {token}', id: 'tulis {canonical} seperti dalam daftar SPDX, bukan {token}' },
  'publiccode.spdx.deprecated': { en: '{id} is a deprecated SPDX identifier', id: '{id} adalah pengenal SPDX yang sudah usang' },
  'publiccode.spdx.deprecatedGpl': { en: '{id} is a deprecated SPDX identifier: say -only or -or-later', id: '{id} adalah pengenal SPDX yang sudah usang: gunakan -only atau -or-later' },
  'publiccode.spdx.unclosed': { en: 'opens a parenthesis it never closes', id: 'membuka tanda kurung yang tidak pernah ditutup' },
  'publiccode.spdx.notClosing': { en: 'has {token} where ")" belongs', id: 'berisi {token} di tempat yang seharusnya ")"' },
  'publiccode.spdx.notLicence': { en: 'has {token} where a licence identifier belongs', id: 'berisi {token} di tempat yang seharusnya pengenal lisensi' },
  'publiccode.spdx.notOperator': { en: 'has {token} where AND, OR or the end belongs', id: 'berisi {token} di tempat yang seharusnya AND, OR atau akhir ekspresi' },

  'publiccode.version': { en: 'is {value}; gotong reads version 0.x of the standard (e.g. "0.4")', id: 'bernilai {value}; gotong membaca standar versi 0.x (misalnya "0.4")' },
  'publiccode.licence': { en: '{value} {problem}', id: '{value} {problem}' },
  'publiccode.maintenance.missing': {
    en: 'is missing: maintenance type {type} requires at least one of them',
    id: 'tidak ada: maintenance.type {type} mewajibkan paling sedikit satu',
  },
  'publiccode.maintenance.empty': {
    en: 'must hold at least one item for maintenance type {type}',
    id: 'harus berisi paling sedikit satu butir untuk maintenance.type {type}',
  },
  'publiccode.description.none': {
    en: 'must describe the software in at least one language (e.g. id:, en:)',
    id: 'harus menjelaskan perangkat lunak dalam paling sedikit satu bahasa (misalnya id:, en:)',
  },
  'publiccode.description.missing': {
    en: 'is missing: the standard requires it in at least one language',
    id: 'tidak ada: standar mewajibkannya dalam paling sedikit satu bahasa',
  },

  'publiccode.yaml.duplicate': { en: 'a key appears twice in one mapping; keep one', id: 'sebuah kunci muncul dua kali dalam satu mapping; pertahankan satu saja' },
  'publiccode.yaml.syntax': { en: 'YAML: {detail}', id: 'YAML: {detail}' },
  'publiccode.yaml.empty': { en: 'the file is empty: publiccode.yml must be a mapping of keys', id: 'berkas ini kosong: publiccode.yml harus berupa mapping kunci' },
  'publiccode.yaml.tooDeep': {
    en: 'the document nests deeper than {depth} levels or its aliases expand to more than {nodes} values',
    id: 'dokumen ini bersarang lebih dari {depth} tingkat atau alias di dalamnya berkembang menjadi lebih dari {nodes} nilai',
  },
  'publiccode.encoding': { en: 'the file is not UTF-8: save it as UTF-8', id: 'berkas ini bukan UTF-8: simpan sebagai UTF-8' },

  'publiccode.summary.text': {
    en: '{path} must be one line of 1 to {max} characters to be stored in the registry index',
    id: '{path} harus satu baris berisi 1 sampai {max} karakter agar dapat disimpan di indeks registry',
  },
  'publiccode.summary.items': { en: '{path} has {count, plural, one {# item} other {# items}}; the registry index keeps at most {max}', id: '{path} berisi {count, number} butir; indeks registry menyimpan paling banyak {max}' },
  'publiccode.summary.contacts': { en: 'maintenance lists more than {max} contacts or contractors', id: 'maintenance mencantumkan lebih dari {max} kontak atau kontraktor' },
  'publiccode.summary.problem': { en: '{file}: {problem}', id: '{file}: {problem}' },

  'publiccode.fileNotFound': { en: 'no {name} at {file}', id: 'tidak ada {name} di {file}' },
  'publiccode.fileNotFound.hint': {
    en: 'Give the path of the file or of the module folder that holds it, e.g. `gotong publiccode validate examples/bandung/e-musrenbang/2.1.0`. `gotong publiccode init` writes a starting one from gotong.json.',
    id: 'Berikan path berkas itu atau folder modul yang memuatnya, misalnya `gotong publiccode validate examples/bandung/e-musrenbang/2.1.0`. `gotong publiccode init` menulis berkas awal dari gotong.json.',
  },
  'publiccode.invalid': {
    en: '{file} has {errors, plural, one {{errors} error} other {{errors} errors}}',
    id: '{file} memiliki {errors} galat',
  },
  'publiccode.invalid.first': {
    en: '{file} has {errors, plural, one {{errors} error} other {{errors} errors}} (first: line {line}, {path} {problem})',
    id: '{file} memiliki {errors} galat (yang pertama: baris {line}, {path} {problem})',
  },
  'publiccode.wholeFile': { en: 'the file', id: 'berkas itu' },
  'publiccode.fileAsPath': { en: '(file)', id: '(berkas)' },
  'publiccode.finding': { en: '{file}:{line}:{column} {path} {problem} ({code})', id: '{file}:{line}:{column} {path} {problem} ({code})' },

  'publiccode.exists': { en: '{file} already exists', id: '{file} sudah ada' },
  'publiccode.exists.hint': {
    en: 'Check it with `gotong publiccode validate`, or add --force to write a new one over it.',
    id: 'Periksa dengan `gotong publiccode validate`, atau tambahkan --force untuk menimpanya dengan berkas baru.',
  },
  'publiccode.publish.invalid.hint': {
    en: 'Fix it (`gotong publiccode validate` lists each error), or publish with --allow-invalid-publiccode to store none of its fields.',
    id: 'Perbaiki berkas itu (`gotong publiccode validate` menampilkan setiap galat), atau terbitkan dengan --allow-invalid-publiccode tanpa menyimpan satu pun isiannya.',
  },
  'publiccode.publish.allowed.hint': {
    en: 'Published with --allow-invalid-publiccode: the index keeps none of the file\'s fields.',
    id: 'Diterbitkan dengan --allow-invalid-publiccode: indeks tidak menyimpan satu pun isian berkas itu.',
  },
  'publiccode.initFrom.invalid.hint': {
    en: 'Fix each error (`gotong publiccode validate {file}` lists them with line and column), then run gotong init --from-publiccode again.',
    id: 'Perbaiki setiap galat (`gotong publiccode validate {file}` menampilkannya beserta baris dan kolom), lalu jalankan lagi gotong init --from-publiccode.',
  },
} as const satisfies MessageCatalog;
