// The pure steps of yank and deprecate: what an index becomes, and what is
// refused, written back through the index's own serializer and schema.
import { describe, expect, it } from 'vitest';
import { latestVersion, parseModuleIndex, serializeModuleIndex } from '../manifest/module-index.js';
import type { ModuleIndex } from '../manifest/types.js';
import { moduleIndex } from '../../test/helpers/index-entries.js';
import { planDeprecation } from './deprecate.js';
import { planYank, yankTarget } from './yank.js';

const NAME = '@bandung/e-musrenbang';
const NOW = new Date('2025-06-02T03:04:05.000Z');

/** The index as another client reads it: serialized and parsed against the schema. */
function roundTrip(index: ModuleIndex | null): ModuleIndex {
  if (!index) throw new Error('expected a changed index');
  return parseModuleIndex(serializeModuleIndex(index), NAME);
}

/** The GotongError `run` throws, matched on its code (and on its hint, when given). */
function refuses(run: () => unknown, code: string, hint?: string): void {
  expect(run).toThrow(expect.objectContaining({ code, ...(hint === undefined ? {} : { hint: expect.stringContaining(hint) }) }));
}

describe('planYank', () => {
  const index = moduleIndex(NAME, { '2.1.0': {}, '2.1.1': {} });

  it('marks the version yanked with its reason and time, and leaves the others alone', () => {
    const plan = planYank(index, '2.1.1', { reason: '  data kode wilayah salah  ' }, NOW);
    expect(plan.result).toEqual({ status: 'yanked', reason: 'data kode wilayah salah' });
    const read = roundTrip(plan.index);
    expect(read.versions['2.1.1']).toMatchObject({ yanked: true, yankedReason: 'data kode wilayah salah', yankedAt: NOW.toISOString() });
    expect(read.versions['2.1.0']).toEqual(index.versions['2.1.0']);
  });

  it('writes the new fields right after yanked, so the bytes stay a function of the content', () => {
    const text = serializeModuleIndex(planYank(index, '2.1.1', { reason: 'salah' }, NOW).index!).toString('utf8');
    expect(text).toContain('"yanked": true,\n      "yankedReason": "salah",\n      "yankedAt": "2025-06-02T03:04:05.000Z",\n      "deprecated": null');
  });

  it('is idempotent, and another reason replaces the first while the time stays', () => {
    const yanked = roundTrip(planYank(index, '2.1.1', { reason: 'salah' }, NOW).index);
    expect(planYank(yanked, '2.1.1', {}, NOW)).toEqual({ index: null, result: { status: 'already-yanked', reason: 'salah' } });
    expect(planYank(yanked, '2.1.1', { reason: 'salah' }, NOW).result.status).toBe('already-yanked');
    const later = new Date('2025-07-01T00:00:00.000Z');
    const replaced = planYank(yanked, '2.1.1', { reason: 'gunakan 2.1.2' }, later);
    expect(replaced.result.status).toBe('yanked');
    expect(roundTrip(replaced.index).versions['2.1.1']).toMatchObject({ yankedReason: 'gunakan 2.1.2', yankedAt: NOW.toISOString() });
  });

  it('undo brings the version back as it was published, and says when it was not yanked', () => {
    const yanked = roundTrip(planYank(index, '2.1.1', { reason: 'salah' }, NOW).index);
    const undone = planYank(yanked, '2.1.1', { undo: true }, NOW);
    expect(undone.result.status).toBe('unyanked');
    expect(roundTrip(undone.index)).toEqual(index);
    expect(planYank(index, '2.1.1', { undo: true }, NOW)).toEqual({ index: null, result: { status: 'not-yanked', reason: null } });
  });

  it('refuses a version never published, and a reason that is not one printable line', () => {
    refuses(() => planYank(index, '2.1.5', {}, NOW), 'GOTONG_E_NO_MATCHING_VERSION', '2.1.0, 2.1.1');
    refuses(() => planYank(index, '2.1.1', { reason: 'salah\x1b[2J' }, NOW), 'GOTONG_E_USAGE');
    refuses(() => planYank(index, '2.1.1', { reason: 'baris satu\nbaris dua' }, NOW), 'GOTONG_E_USAGE');
    refuses(() => planYank(index, '2.1.1', { reason: 'x'.repeat(2001) }, NOW), 'GOTONG_E_USAGE');
  });

  it('an index whose reason holds a control character is refused as a whole, as any malformed index', () => {
    const yanked = planYank(index, '2.1.1', { reason: 'salah' }, NOW).index!;
    const text = serializeModuleIndex(yanked).toString('utf8').replace('"salah"', '"salah\\u001b[2J"');
    refuses(() => parseModuleIndex(Buffer.from(text), NAME), 'GOTONG_E_REGISTRY_INVALID');
  });

  it('takes one exact version', () => {
    expect(yankTarget('@bandung/e-musrenbang@2.1.1')).toEqual({ name: NAME, version: '2.1.1' });
    refuses(() => yankTarget('@bandung/e-musrenbang'), 'GOTONG_E_USAGE');
    refuses(() => yankTarget('@bandung/e-musrenbang@^2.1.0'), 'GOTONG_E_VERSION_INVALID');
  });

  it('a yanked version is never latest', () => {
    const withRc = moduleIndex(NAME, { '2.1.0': {}, '2.1.1': { yanked: true }, '3.0.0-rc.1': {} });
    expect(latestVersion(withRc)).toBe('2.1.0');
    expect(latestVersion(moduleIndex(NAME, { '3.0.0-rc.1': {}, '3.0.0-rc.2': { yanked: true } }))).toBe('3.0.0-rc.1');
    expect(latestVersion(moduleIndex(NAME, { '1.0.0': { yanked: true } }))).toBeNull();
  });
});

describe('planDeprecation', () => {
  const index = moduleIndex(NAME, { '1.0.0': {}, '2.0.0-rc.1': {}, '2.0.0': {}, '2.1.0': {} });

  it('gives every version in the range the message, pre-releases included', () => {
    const plan = planDeprecation(index, '<2.1.0', 'Gunakan 2.1.0 ke atas');
    expect(plan.result).toEqual({ matched: ['1.0.0', '2.0.0-rc.1', '2.0.0'], changed: ['1.0.0', '2.0.0-rc.1', '2.0.0'] });
    const read = roundTrip(plan.index);
    expect(Object.entries(read.versions).map(([v, e]) => [v, e.deprecated])).toEqual([
      ['1.0.0', 'Gunakan 2.1.0 ke atas'],
      ['2.0.0-rc.1', 'Gunakan 2.1.0 ke atas'],
      ['2.0.0', 'Gunakan 2.1.0 ke atas'],
      ['2.1.0', null],
    ]);
  });

  it('without a range deprecates every version; the same message again changes nothing', () => {
    const all = roundTrip(planDeprecation(index, null, 'Tidak dirawat lagi').index);
    expect(Object.values(all.versions).every((e) => e.deprecated === 'Tidak dirawat lagi')).toBe(true);
    expect(planDeprecation(all, '^2.0.0', 'Tidak dirawat lagi')).toEqual({ index: null, result: { matched: ['2.0.0', '2.1.0'], changed: [] } });
  });

  it('a null message takes the deprecation back', () => {
    const deprecated = roundTrip(planDeprecation(index, '1.0.0', 'lama').index);
    const undone = planDeprecation(deprecated, null, null);
    expect(undone.result.changed).toEqual(['1.0.0']);
    expect(roundTrip(undone.index)).toEqual(index);
  });

  it('refuses a range that names no published version', () => {
    refuses(() => planDeprecation(index, '^5.0.0', 'lama'), 'GOTONG_E_NO_MATCHING_VERSION', '1.0.0, 2.0.0-rc.1, 2.0.0, 2.1.0');
  });
});
