import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GotongError } from '../core/errors.js';
import { setLanguage } from '../i18n/translate.js';
import { scanJson } from './json-text.js';
import { parseDocumentText, renderPath, schemaFileUrl, schemaWords, validateDocument, type DocumentKind } from './schema.js';

function failure(run: () => unknown): GotongError {
  try {
    run();
  } catch (e) {
    if (e instanceof GotongError) return e;
    throw e;
  }
  throw new Error('expected a GotongError');
}

const KINDS: DocumentKind[] = ['manifest', 'lockfile', 'registry', 'index', 'adoption', 'advisories', 'attestations'];
const schemaOf = (kind: DocumentKind) => JSON.parse(readFileSync(fileURLToPath(schemaFileUrl(kind)), 'utf8'));

describe('the schema files', () => {
  it('are draft 2020-12 with gotong.go.id ids', () => {
    for (const kind of KINDS) {
      const schema = schemaOf(kind);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toMatch(/^https:\/\/gotong\.go\.id\/schema\/[a-z-]+\.json$/);
    }
  });

  it('share one definition of names, versions, ranges and hashes', () => {
    const shared = ['moduleName', 'version', 'range', 'dependencies', 'sha256', 'integrity', 'target', 'length', 'slug', 'text'];
    for (const def of shared) {
      const copies = KINDS.map((k) => schemaOf(k).$defs?.[def]).filter((d) => d !== undefined).map((d) => JSON.stringify(d));
      expect(new Set(copies).size, `$defs/${def} differs between schema files`).toBe(1);
    }
  });

  it('word every constraint an error message quotes as "a ..."', () => {
    const walk = (node: unknown, at: string): string[] => {
      if (Array.isArray(node)) return node.flatMap((n, i) => walk(n, `${at}/${i}`));
      if (!node || typeof node !== 'object') return [];
      const schema = node as Record<string, unknown>;
      const quoted = ['pattern', 'format', 'anyOf', 'oneOf'].some((k) => k in schema);
      const bad = quoted && !/^an? /.test(String(schema.description ?? '')) ? [at] : [];
      return [...bad, ...Object.entries(schema).flatMap(([k, v]) => walk(v, `${at}/${k}`))];
    };
    for (const kind of KINDS) expect(walk(schemaOf(kind), kind)).toEqual([]);
  });

  it('have each such wording in Indonesian too', () => {
    const walk = (node: unknown): string[] => {
      if (Array.isArray(node)) return node.flatMap(walk);
      if (!node || typeof node !== 'object') return [];
      const schema = node as Record<string, unknown>;
      const quoted = ['pattern', 'format', 'anyOf', 'oneOf'].some((k) => k in schema) && typeof schema.description === 'string';
      return [...(quoted ? [schema.description as string] : []), ...Object.values(schema).flatMap(walk)];
    };
    const descriptions = [...new Set(KINDS.flatMap((kind) => walk(schemaOf(kind))))];
    setLanguage('id');
    try {
      expect(descriptions.filter((description) => schemaWords(description) === description)).toEqual([]);
    } finally {
      setLanguage('en');
    }
  });

  it('are each described in registry-schema/README.md', () => {
    const readme = readFileSync(fileURLToPath(new URL('README.md', schemaFileUrl('manifest'))), 'utf8');
    for (const kind of KINDS) expect(readme).toContain(fileURLToPath(schemaFileUrl(kind)).split('/').pop());
  });
});

describe('readable schema errors', () => {
  const manifestError = (doc: unknown) => failure(() => validateDocument('manifest', doc, 'gotong.json'));

  it('names the field, the rule and the value it got', () => {
    const error = manifestError({ version: '2.1' });
    expect(error.code).toBe('GOTONG_E_MANIFEST_INVALID');
    expect(error.message).toBe('gotong.json: "version" must be a SemVer 2.0 version such as 2.1.0 (no leading v) (got "2.1")');
    expect(error.details).toEqual({ file: 'gotong.json', field: '/version' });
  });

  it('suggests the field a typo meant', () => {
    const error = manifestError({ dependecies: {} });
    expect(error.message).toBe('gotong.json: "dependecies" is not a known field');
    expect(error.hint).toMatch(/^Did you mean "dependencies"\?/);
  });

  it('allows x- extension fields and $schema', () => {
    expect(validateDocument('manifest', { 'x-kominfo-id': 42, $schema: './schema.json' }, 'gotong.json')).toBeTruthy();
  });

  it('explains wrong keys, wrong types, enums, duplicates and nested fields', () => {
    expect(manifestError({ dependencies: { 'Bandung/UI': '^1.0.0' } }).message).toContain('"dependencies" has the key "Bandung/UI", which must be a module name');
    expect(manifestError({ private: 'yes' }).message).toBe('gotong.json: "private" must be true or false (got "yes")');
    expect(manifestError({ type: 'aplikasi' }).message).toContain('"type" must be one of app, library, data, service, ui (got "aplikasi")');
    expect(manifestError({ keywords: ['musrenbang', 'musrenbang'] }).message).toContain('"keywords" lists "musrenbang" twice');
    expect(manifestError({ keywords: ['ok', ''] }).message).toContain('"keywords"[1] must not be empty');
    expect(manifestError({ description: { id: 'Perencanaan', fr: 'Planification' } }).message).toContain('"description"."fr" is not a known field');
    expect(manifestError({ description: 7 }).message).toContain('"description" must be a text, or an object');
    expect(manifestError([]).message).toBe('gotong.json: the document must be an object (got a list)');
  });

  it('refuses links a catalog could be tricked by', () => {
    expect(manifestError({ repository: 'javascript:alert(1)' }).message).toContain('"repository" must be a repository URL');
    expect(manifestError({ homepage: 'data:text/html,x' }).message).toContain('"homepage" must be a web address');
  });

  it('checks ranges with semver, which the schema cannot', () => {
    expect(manifestError({ dependencies: { '@bandung/ui-kit': 'terbaru' } }).message).toBe(
      'gotong.json: "dependencies"."@bandung/ui-kit" must be a version range such as ^2.1.0 (got "terbaru")',
    );
    expect(manifestError({ name: '@bandung/ui-kit', dependencies: { '@bandung/ui-kit': '^1.0.0' } }).message).toContain('names the module itself');
  });

  it('tells a file from a newer gotong apart from a broken one', () => {
    const error = failure(() => validateDocument('lockfile', { lockfileVersion: 2 }, 'gotong-lock.json'));
    expect(error.code).toBe('GOTONG_E_LOCKFILE_INVALID');
    expect(error.message).toContain('lockfileVersion 2');
    expect(error.hint).toContain('upgrade gotong');
    expect(failure(() => validateDocument('registry', { protocolVersion: 3 }, 'registry.json')).code).toBe('GOTONG_E_REGISTRY_INVALID');
  });

  it('accepts a registry.json and keeps unknown fields for later protocols', () => {
    const info = { name: 'gotong-nasional', protocolVersion: 1, targetsBase: 'targets', metadataBase: 'metadata', targetsUrl: 'https://cdn.example/t/' };
    expect(validateDocument('registry', info, 'registry.json')).toEqual(info);
    expect(failure(() => validateDocument('registry', { ...info, targetsBase: '../etc' }, 'registry.json')).message).toContain('"targetsBase" must be a relative folder');
  });

  it('words a limit on the number of fields as it always did', () => {
    const settings = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`kota_${i}`, { type: 'string' }]));
    expect(manifestError({ settings }).message).toBe('gotong.json: "settings" must NOT have more than 100 properties');
  });

  it('speaks Indonesian when asked, with the same code, field and details', () => {
    setLanguage('id');
    try {
      const error = manifestError({ version: '2.1' });
      expect(error.message).toBe('gotong.json: "version" harus berupa versi SemVer 2.0 seperti 2.1.0 (tanpa awalan v) (diberikan "2.1")');
      expect(error.details).toEqual({ file: 'gotong.json', field: '/version' });
      expect(manifestError({ dependecies: {} }).hint).toMatch(/^Mungkin maksud Anda "dependencies"\?/);
      expect(manifestError({ keywords: 'e-musrenbang' }).message).toBe('gotong.json: "keywords" harus berupa list (diberikan "e-musrenbang")');
      const syntax = failure(() => parseDocumentText('manifest', '{"a": 1,}', 'gotong.json'));
      expect(syntax.message).toBe('gotong.json bukan JSON yang valid: koma sebelum "}" tidak diperbolehkan pada baris 1, kolom 9');
    } finally {
      setLanguage('en');
    }
  });

  it('renders paths so that keys with dots stay readable', () => {
    expect(renderPath([])).toBe('the document');
    expect(renderPath(['versions', '2.1.0', 'sha256'])).toBe('"versions"."2.1.0"."sha256"');
    expect(renderPath(['keywords', 2])).toBe('"keywords"[2]');
  });
});

describe('JSON syntax errors', () => {
  const syntaxError = (text: string) => failure(() => parseDocumentText('manifest', text, 'gotong.json'));

  it('gives the line and column of the mistake', () => {
    const error = syntaxError('{\n  "name": "@bandung/ui-kit",\n  "version": "1.0.0",\n}\n');
    expect(error.code).toBe('GOTONG_E_MANIFEST_INVALID');
    expect(error.message).toBe('gotong.json is not valid JSON: a comma before "}" is not allowed at line 4, column 1');
    expect(error.details).toMatchObject({ line: 4, column: 1 });
    expect(syntaxError('{"name" "x"}').message).toContain('expected ":" after a field name, found """ at line 1, column 9');
    expect(syntaxError('{"a": 1} x').message).toContain('unexpected "x" after the end of the JSON value at line 1, column 10');
    expect(syntaxError('').message).toContain('the text is empty');
    expect(syntaxError('{"a": "tab\there"}').message).toContain('raw control character');
  });

  it('refuses a key given twice, which JSON.parse would quietly take the last of', () => {
    expect(syntaxError('{"version": "1.0.0", "version": "2.0.0"}').message).toContain('the field "version" appears twice in one object at line 1, column 22');
  });

  it('reads a file saved with a byte order mark', () => {
    expect(parseDocumentText('manifest', '\ufeff{"private": true}', 'gotong.json')).toEqual({ private: true });
  });

  it('agrees with JSON.parse on what is JSON', () => {
    const samples = ['0', '-0.5e+3', '"\\u00e9\\n"', '[1,[2,[3]]]', '{"a":{"b":[true,false,null]}}', ' \r\n\t{} ',
      '01', '1.', '.5', '+1', '[1,]', "{'a':1}", '"\\x41"', 'tru', '{"a"}', 'NaN', '"\\ud800"', '[] []', '"', '{"__proto__": 1}'];
    for (const text of samples) {
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      expect(scanJson(text) === null, text).toBe(parses);
    }
  });

  it('refuses nesting deeper than 64 levels without overflowing the stack', () => {
    expect(scanJson(`${'['.repeat(64)}${']'.repeat(64)}`)).toBeNull();
    expect(scanJson(`${'['.repeat(65)}${']'.repeat(65)}`)?.message).toContain('nested more than 64 levels');
    expect(scanJson('['.repeat(100_000))?.message).toContain('nested more than 64 levels');
  });
});
