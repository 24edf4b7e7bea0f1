import { describe, expect, it } from 'vitest';
import { latestRanges } from './update.js';

const NAME = '@bandung/e-musrenbang';

describe('latestRanges', () => {
  const latest = (name: string) => (name === NAME ? '3.0.0' : null);

  it('moves each named range to ^latest, leaving those already there', () => {
    expect(latestRanges({ [NAME]: '~2.1.0', '@bandung/ui-kit': '^1.0.0' }, [NAME], latest)).toEqual([{ name: NAME, from: '~2.1.0', to: '^3.0.0' }]);
    expect(latestRanges({ [NAME]: '^3.0.0' }, [NAME], latest)).toEqual([]);
  });

  it('refuses a module gotong.json does not list, and one whose every version is yanked', () => {
    expect(() => latestRanges({}, [NAME], latest)).toThrow(expect.objectContaining({ code: 'GOTONG_E_USAGE' }));
    expect(() => latestRanges({ '@bandung/ui-kit': '^1.0.0' }, ['@bandung/ui-kit'], latest)).toThrow(expect.objectContaining({ code: 'GOTONG_E_NO_MATCHING_VERSION' }));
  });
});
