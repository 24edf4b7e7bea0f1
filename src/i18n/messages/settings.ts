// Per-city settings (src/settings/): what a setting takes, why a value does
// not fit, and the files that hold values. A "problem" is said without its
// subject ("must be a number"), because the message that holds it names the
// setting or the file first: "{setting} {problem}".
import type { MessageCatalog } from './catalog.js';

export const settingsMessages = {
  'settings.type.secret': {
    en: 'the name of the environment variable that holds it (env:NAME, e.g. env:SSO_CLIENT_SECRET)',
    id: 'nama variabel lingkungan yang menyimpannya (env:NAME, misalnya env:SSO_CLIENT_SECRET)',
  },
  'settings.type.string': { en: 'a single line of text', id: 'satu baris teks' },
  'settings.type.number': { en: 'a number', id: 'angka' },
  'settings.type.boolean': { en: 'true or false', id: 'true atau false' },
  'settings.type.enum': { en: 'one of {values}', id: 'salah satu dari {values}' },
  'settings.type.url': { en: 'an https:// or http:// address', id: 'alamat https:// atau http://' },
  'settings.type.email': { en: 'an email address such as diskominfo@kuburayakab.go.id', id: 'alamat email seperti diskominfo@kuburayakab.go.id' },
  'settings.type.region.province': { en: 'a province-level region code such as 61 (Kalimantan Barat)', id: 'kode wilayah tingkat provinsi seperti 61 (Kalimantan Barat)' },
  'settings.type.region.regency': { en: 'a regency-level region code such as 61.12 (Kabupaten Kubu Raya)', id: 'kode wilayah tingkat kabupaten/kota seperti 61.12 (Kabupaten Kubu Raya)' },
  'settings.type.region.district': { en: 'a district-level region code such as 32.73.01 (Kecamatan Sukasari, Bandung)', id: 'kode wilayah tingkat kecamatan seperti 32.73.01 (Kecamatan Sukasari, Bandung)' },
  'settings.type.region.village': {
    en: 'a village-level region code such as 32.73.01.1001 (a kelurahan in Sukasari, Bandung)',
    id: 'kode wilayah tingkat desa/kelurahan seperti 32.73.01.1001 (sebuah kelurahan di Sukasari, Bandung)',
  },

  'settings.problem.mustBe': { en: 'must be {expected}', id: 'harus berupa {expected}' },
  'settings.problem.got': { en: '{problem} (got {shown})', id: '{problem} (yang diberikan: {shown})' },
  'settings.problem.number': { en: 'must be a number', id: 'harus berupa angka' },
  'settings.problem.boolean': { en: 'must be true or false', id: 'harus true atau false' },
  'settings.problem.empty': { en: 'must not be empty', id: 'tidak boleh kosong' },
  'settings.problem.tooLong': { en: 'must be at most {max} characters', id: 'tidak boleh lebih dari {max} karakter' },
  'settings.problem.control': { en: 'must be a single line without control characters', id: 'harus satu baris tanpa karakter kendali' },
  'settings.problem.notProvince': { en: 'starts with {code}, which is not an Indonesian province code', id: 'diawali {code}, yang bukan kode provinsi Indonesia' },
  'settings.problem.zeroPart': { en: 'has a part that is all zeros, which names no region', id: 'memiliki bagian yang seluruhnya nol, yang tidak menunjuk wilayah mana pun' },
  'settings.problem.url': { en: 'must be an https:// or http:// address', id: 'harus berupa alamat https:// atau http://' },
  'settings.problem.urlProtocol': { en: 'must be an https:// or http:// address (got a {protocol} address)', id: 'harus berupa alamat https:// atau http:// (yang diberikan alamat {protocol})' },
  'settings.problem.urlCredentials': {
    en: 'must not carry a user name or password: put credentials in a secret setting',
    id: 'tidak boleh memuat nama pengguna atau kata sandi: simpan kredensial di pengaturan rahasia',
  },
  'settings.problem.secret': {
    en: 'is a secret: give the name of the environment variable that holds it (env:NAME, e.g. env:SSO_CLIENT_SECRET), never the secret itself',
    id: 'adalah rahasia: berikan nama variabel lingkungan yang menyimpannya (env:NAME, misalnya env:SSO_CLIENT_SECRET), jangan rahasianya sendiri',
  },

  'settings.declaration.enumValues': { en: 'is an enum without "values"', id: 'adalah enum tanpa "values"' },
  'settings.declaration.enumValues.hint': { en: 'List the allowed values, e.g. "values": ["kota", "kabupaten"].', id: 'Sebutkan nilai yang diizinkan, misalnya "values": ["kota", "kabupaten"].' },
  'settings.declaration.valuesNotEnum': { en: 'is only for an enum, and this setting is a {type}', id: 'hanya untuk enum, sedangkan pengaturan ini bertipe {type}' },
  'settings.declaration.valuesNotEnum.hint': { en: 'Remove "values", or make the setting "type": "enum".', id: 'Hapus "values", atau jadikan pengaturan itu "type": "enum".' },
  'settings.declaration.regionLevel': { en: 'is a region code without "level"', id: 'adalah kode wilayah tanpa "level"' },
  'settings.declaration.regionLevel.hint': {
    en: 'Add "level": "province" (61), "regency" (61.12), "district" (61.12.01) or "village" (61.12.01.2001).',
    id: 'Tambahkan "level": "province" (61), "regency" (61.12), "district" (61.12.01) atau "village" (61.12.01.2001).',
  },
  'settings.declaration.levelNotRegion': { en: 'is only for a region code, and this setting is a {type}', id: 'hanya untuk kode wilayah, sedangkan pengaturan ini bertipe {type}' },
  'settings.declaration.levelNotRegion.hint': { en: 'Remove "level", or make the setting "type": "region".', id: 'Hapus "level", atau jadikan pengaturan itu "type": "region".' },
  'settings.declaration.secretDefault': { en: 'is a default for a secret', id: 'adalah nilai bawaan untuk rahasia' },
  'settings.declaration.secretDefault.hint': {
    en: 'A secret has no default: each city names the environment variable that holds its own.',
    id: 'Rahasia tidak memiliki nilai bawaan: setiap kota/kabupaten menyebutkan variabel lingkungan yang menyimpan rahasianya sendiri.',
  },
  'settings.declaration.defaultType': { en: 'must be a {type}', id: 'harus bertipe {type}' },
  'settings.declaration.defaultType.hint': { en: 'Give a default that fits the setting\'s type, or none.', id: 'Berikan nilai bawaan yang sesuai dengan tipe pengaturan, atau jangan berikan sama sekali.' },

  'settings.invalid': { en: '{setting} {problem} (from {from})', id: '{setting} {problem} (dari {from})' },
  'settings.invalid.hint': { en: 'Give {expected}.', id: 'Berikan {expected}.' },
  'settings.unknownModule': {
    en: '{module} is not installed in this workspace, so it takes no settings (from {from})',
    id: '{module} tidak terpasang di workspace ini, jadi tidak menerima pengaturan (dari {from})',
  },
  'settings.unknownModule.hint': {
    en: 'Name a module that `gotong ls` lists, or add it with `gotong install MODULE`.',
    id: 'Sebutkan modul yang tercantum di `gotong ls`, atau tambahkan dengan `gotong install MODULE`.',
  },
  'settings.unknownKey': { en: '{module} declares no setting {key} (from {from})', id: '{module} tidak mendeklarasikan pengaturan {key} (dari {from})' },
  'settings.unknownKey.hint': { en: 'Its settings: {keys} (`gotong config list {module}`).', id: 'Pengaturannya: {keys} (`gotong config list {module}`).' },
  'settings.unknownKey.noSettings.hint': { en: '{module} declares no settings at all.', id: '{module} sama sekali tidak mendeklarasikan pengaturan.' },
  'settings.missing': {
    en: '{count, plural, one {a required setting has no value: {names}} other {# required settings have no value: {names}}}',
    id: '{count, plural, other {# pengaturan wajib belum memiliki nilai: {names}}}',
  },
  'settings.missing.invalid': { en: '{setting} (its value no longer fits: it {problem})', id: '{setting} (nilainya tidak lagi sesuai: nilainya {problem})' },
  'settings.missing.hint': {
    en: '{how} Give each with --set MODULE:KEY=VALUE (e.g. --set {example}) or --values FILE, or run on a terminal to be asked.',
    id: '{how} Berikan masing-masing dengan --set MODULE:KEY=VALUE (misalnya --set {example}) atau --values FILE, atau jalankan di terminal agar ditanyakan.',
  },
  'settings.missing.noTerminal': { en: 'There is no terminal to ask on.', id: 'Tidak ada terminal untuk menanyakannya.' },
  'settings.missing.cannotUnset': { en: '{module} requires {key}, so it cannot be left without a value.', id: '{module} mewajibkan {key}, jadi pengaturan itu tidak boleh dibiarkan tanpa nilai.' },
  'settings.from.prompt': { en: 'the prompt', id: 'jawaban di terminal' },

  'settings.notInstalled': { en: '{module} is not installed in this workspace', id: '{module} tidak terpasang di workspace ini' },
  'settings.notInstalled.hint': {
    en: 'Settings belong to installed modules: run `gotong install` (or `gotong install MODULE`) first; `gotong ls` lists them.',
    id: 'Pengaturan dimiliki modul yang terpasang: jalankan dulu `gotong install` (atau `gotong install MODULE`); `gotong ls` menampilkan daftarnya.',
  },
  'settings.lock.workspace': { en: 'the workspace {dir}', id: 'workspace {dir}' },
  'settings.manifestOf': { en: '{module}\'s gotong.json', id: 'gotong.json milik {module}' },

  'settings.file.invalid': { en: '{file} {problem}', id: '{file} {problem}' },
  'settings.file.notJson': { en: 'is not valid JSON: {detail} at line {line}, column {column}', id: 'bukan JSON yang valid: {detail} pada baris {line}, kolom {column}' },
  'settings.file.notYaml': { en: 'is not valid YAML: {detail} at line {line}, column {column}', id: 'bukan YAML yang valid: {detail} pada baris {line}, kolom {column}' },
  'settings.file.notModuleName': { en: 'names {name}, which is not a module name such as @kuburaya/portal', id: 'menyebut {name}, yang bukan nama modul seperti @kuburaya/portal' },
  'settings.store.invalid.hint': {
    en: 'Fix {file} (or restore it from version control); `gotong config set` writes it for you.',
    id: 'Perbaiki {file} (atau pulihkan dari version control); `gotong config set` menuliskannya untuk Anda.',
  },
  'settings.store.shape': { en: 'must be an object with "settingsVersion": 1 and "modules"', id: 'harus berupa objek dengan "settingsVersion": 1 dan "modules"' },
  'settings.store.moduleNotObject': { en: '"modules"."{module}" must be an object of settings', id: '"modules"."{module}" harus berupa objek pengaturan' },
  'settings.store.valueShape': {
    en: '"modules"."{module}"."{key}" must be a text, a number, true or false, or {envForm}',
    id: '"modules"."{module}"."{key}" harus berupa teks, angka, true atau false, atau {envForm}',
  },
  'settings.setFlag.invalid': { en: '--set {text} is not of the form MODULE:KEY=VALUE', id: '--set {text} tidak berbentuk MODULE:KEY=VALUE' },
  'settings.setFlag.invalid.hint': {
    en: 'For example: --set @kuburaya/portal:city_name="Kabupaten Kubu Raya" --set @kuburaya/portal:region_code=61.12',
    id: 'Contoh: --set @kuburaya/portal:city_name="Kabupaten Kubu Raya" --set @kuburaya/portal:region_code=61.12',
  },
  'settings.valuesFile.invalid.hint': { en: 'Write it as {example} in JSON, or the same in YAML.', id: 'Tuliskan sebagai {example} dalam JSON, atau bentuk yang sama dalam YAML.' },
  'settings.valuesFile.shape': { en: 'must map module names to their settings', id: 'harus memetakan nama modul ke pengaturannya' },
  'settings.valuesFile.notObject': { en: 'gives {module} something other than an object of settings', id: 'memberi {module} sesuatu yang bukan objek pengaturan' },
  'settings.valuesFile.missing': { en: 'does not exist', id: 'tidak ada' },
  'settings.valuesFile.missing.hint': { en: 'Check the path given to --values ({path}).', id: 'Periksa path yang diberikan ke --values ({path}).' },
} as const satisfies MessageCatalog;
