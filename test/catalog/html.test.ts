import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw } from '../../src/catalog/html.js';
import { checkLink, webUrl, withoutCredentials } from '../../src/catalog/urls.js';

describe('escaping', () => {
  it('escapes the five HTML specials and drops control characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml('a\u0000b\u0007c\td\ne')).toBe('abc\td\ne');
    expect(escapeHtml('lone \uD800 surrogate, pair \uD83D\uDE00 ok')).toBe('lone  surrogate, pair \uD83D\uDE00 ok');
  });

  it('escapes every interpolated value unless it is SafeHtml', () => {
    const evil = '<script>alert(1)</script>';
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe('<p title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html`<p>${raw('<b>ok</b>')}${[evil, raw('<i>x</i>')]}${null}${undefined}${false}${3}</p>`.value)
      .toBe('<p><b>ok</b>&lt;script&gt;alert(1)&lt;/script&gt;<i>x</i>3</p>');
  });

  it('refuses objects that are not SafeHtml', () => {
    expect(() => html`${{ value: '<b>' } as never}`).toThrow(TypeError);
  });
});

describe('link allowlist', () => {
  it.each([
    ['https://gitlab.bandung.go.id/a', 'absolute'],
    ['HTTP://X.EXAMPLE/', 'absolute'],
    ['mailto:a@b.go.id', 'mailto'],
    ['docs/a.md', 'relative'],
    ['../a.html', 'relative'],
    ['/abs/path', 'relative'],
    ['#bagian', 'fragment'],
    ['a.html?x=1:2', 'relative'],
  ])('allows %s', (url, kind) => {
    expect(checkLink(url)?.kind).toBe(kind);
  });

  it.each([
    'javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)',
    'vbscript:x', 'data:text/html,x', 'data:image/png;base64,AAAA', 'file:///etc/passwd', 'blob:https://x/1', 'ftp://x.example/',
    '//evil.example/x', '/\\evil.example', '\\\\server\\share', 'https://user:pass@evil.example/', 'https://', 'mailto:', 'weird:thing',
    'a:b/c', '',
  ])('refuses %j', (url) => {
    expect(checkLink(url)).toBeNull();
  });

  it('links only absolute http(s) URLs from manifest fields', () => {
    expect(webUrl('https://gitlab.kuburayakab.go.id/x')).toBe('https://gitlab.kuburayakab.go.id/x');
    expect(webUrl('git+ssh://git@gitlab.bandung.go.id/x.git')).toBeNull();
    expect(webUrl('docs/x')).toBeNull();
    expect(webUrl(42)).toBeNull();
  });

  it('removes credentials from a registry URL before it is shown', () => {
    expect(withoutCredentials('https://ci:glpat-secret@gitlab.example.go.id/reg.git')).toBe('https://gitlab.example.go.id/reg.git');
    expect(withoutCredentials('git@gitlab.example.go.id:reg.git')).toBe('git@gitlab.example.go.id:reg.git');
    expect(withoutCredentials('/srv/registry')).toBe('/srv/registry');
  });
});
