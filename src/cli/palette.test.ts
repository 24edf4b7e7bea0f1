import { describe, expect, it } from 'vitest';
import { colours } from './palette.js';

describe('colours', () => {
  it('follows NO_COLOR, then FORCE_COLOR, then whether the output is a terminal', () => {
    expect(colours({ NO_COLOR: '1', FORCE_COLOR: '1' }, true).red('error')).toBe('error');
    expect(colours({ NO_COLOR: '' }, true).red('error')).toBe('\x1b[31merror\x1b[39m');
    expect(colours({ FORCE_COLOR: '1' }, false).bold('GOTONG_E_USAGE')).toBe('\x1b[1mGOTONG_E_USAGE\x1b[22m');
    expect(colours({ FORCE_COLOR: '0' }, true).cyan('hint:')).toBe('hint:');
    expect(colours({}, true).dim('resolve 3 ms')).toBe('\x1b[2mresolve 3 ms\x1b[22m');
    expect(colours({}, false).yellow('warning')).toBe('warning');
  });
});
