import { describe, expect, it } from 'vitest';
import { moduleIndex } from '../../test/helpers/index-entries.js';
import { outdatedModule } from './outdated.js';

const NAME = '@bandung/e-musrenbang';

describe('outdatedModule', () => {
  const index = moduleIndex(NAME, { '2.1.0': {}, '2.1.1': { yanked: true, yankedReason: 'salah' }, '2.2.0': {}, '3.0.0': {}, '3.1.0-rc.1': {} });

  it('wanted fits every range and skips yanked versions; latest skips pre-releases', () => {
    const row = outdatedModule(NAME, index, { [NAME]: '^2.1.0' }, ['^2.1.0', '~2.1.0'], '2.1.1');
    expect(row).toEqual({ name: NAME, direct: true, range: '^2.1.0', current: '2.1.1', wanted: '2.1.0', latest: '3.0.0', yanked: true, yankedReason: 'salah', deprecated: null, outdated: true });
  });

  it('is not outdated at the newest version, and a deprecation alone does not make it so', () => {
    const deprecated = moduleIndex(NAME, { '3.0.0': { deprecated: 'Tidak dirawat lagi' } });
    expect(outdatedModule(NAME, deprecated, {}, ['^3.0.0'], '3.0.0')).toMatchObject({ direct: false, range: null, wanted: '3.0.0', latest: '3.0.0', deprecated: 'Tidak dirawat lagi', outdated: false });
    expect(outdatedModule(NAME, index, { [NAME]: '^3.0.0' }, ['^3.0.0'], '3.0.0').outdated).toBe(false);
  });

  it('a newer latest outside the range, or a module not installed, is outdated; no fitting version gives wanted null', () => {
    expect(outdatedModule(NAME, index, { [NAME]: '~2.2.0' }, ['~2.2.0'], '2.2.0')).toMatchObject({ wanted: '2.2.0', latest: '3.0.0', outdated: true });
    expect(outdatedModule(NAME, index, { [NAME]: '^2.1.0' }, ['^2.1.0'], null)).toMatchObject({ current: null, wanted: '2.2.0', outdated: true });
    expect(outdatedModule(NAME, index, { [NAME]: '2.1.1' }, ['2.1.1'], '2.1.1')).toMatchObject({ wanted: null, outdated: true });
  });
});
