// Text colours in both colour schemes keep WCAG AA contrast (4.5:1).
import { describe, expect, it } from 'vitest';
import { CATALOG_CSS } from '../../src/catalog/styles.js';

function palette(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const PAIRS: Array<[string, string]> = [
  ['fg', 'bg'], ['fg', 'panel'], ['muted', 'bg'], ['muted', 'panel'], ['accent', 'bg'], ['accent', 'panel'], ['accent-fg', 'accent'],
  ['warn-fg', 'warn-bg'], ['bad-fg', 'bad-bg'], ['ok-fg', 'bg'], ['alert-fg', 'alert-bg'], ['ok-fg', 'ok-bg'], ['fg', 'ok-bg'],
];

describe('catalog colours', () => {
  const light = palette(CATALOG_CSS.slice(0, CATALOG_CSS.indexOf('@media')));
  const dark = palette(CATALOG_CSS.slice(CATALOG_CSS.indexOf('@media (prefers-color-scheme: dark)')).split('}')[0]);
  for (const [name, colours] of [['light', light], ['dark', dark]] as const) {
    it.each(PAIRS)(`${name}: %s on %s is at least 4.5:1`, (fg, bg) => {
      expect(colours[fg], fg).toBeDefined();
      expect(contrast(colours[fg], colours[bg])).toBeGreaterThanOrEqual(4.5);
    });
  }
  it('has a focus colour that stands out from the background (3:1)', () => {
    expect(contrast(light.focus, light.bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(dark.focus, dark.bg)).toBeGreaterThanOrEqual(3);
  });
});
