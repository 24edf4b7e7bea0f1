// The README sanitiser on its own: every payload must come out as escaped
// text or as markup from a small, known set of tags and attributes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/catalog/render-markdown.js';
import { HOSTILE_README } from '../helpers/catalog-fixture.js';

const ALLOWED_TAGS = new Set([
  'p', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'a', 'span', 'strong', 'em', 's', 'code', 'pre', 'blockquote',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br',
]);
const ALLOWED_ATTRS = new Set(['href', 'rel', 'class', 'title', 'start']);
const ALLOWED_CLASSES = new Set(['md-image', 'align-left', 'align-right', 'align-center']);

/** Checks the structure of rendered HTML; returns the problems found. */
function problems(output: string): string[] {
  const found: string[] = [];
  for (const match of output.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    const [tag, name, rest] = match;
    if (!ALLOWED_TAGS.has(name.toLowerCase())) found.push(`tag ${tag}`);
    for (const attr of rest.matchAll(/\s([^\s=]+)(?:="([^"]*)")?/g)) {
      const [, attrName, value = ''] = attr;
      if (!ALLOWED_ATTRS.has(attrName)) found.push(`attribute ${attrName} in ${tag}`);
      if (attrName === 'class' && !value.split(' ').every((c) => ALLOWED_CLASSES.has(c))) found.push(`class ${value}`);
      if (attrName === 'href') {
        const decoded = value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
        if (/^\s*(javascript|vbscript|data|file|blob):/i.test(decoded) || decoded.startsWith('//') || decoded.includes('\\')) {
          found.push(`href ${value}`);
        }
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(decoded);
        if (scheme && !['http', 'https', 'mailto'].includes(scheme[1].toLowerCase())) found.push(`scheme ${value}`);
      }
    }
  }
  for (const [tag] of output.matchAll(/<[a-zA-Z][^>]*>/g)) {
    if (/\son[a-z]+\s*=/i.test(tag.replace(/"[^"]*"/g, '""'))) found.push(`event handler in ${tag}`);
  }
  return found;
}

const PAYLOADS: Array<[string, string]> = [
  ['script tag', '<script>alert(1)</script>'],
  ['script split over lines', '<scr\nipt>alert(1)</script>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['svg onload', '<svg onload=alert(1)><script>alert(2)</script></svg>'],
  ['iframe', '<iframe src="https://evil.example" srcdoc="<script>alert(1)</script>"></iframe>'],
  ['style hides body', '<style>body{display:none}</style>'],
  ['overlay div', '<div style="position:fixed;inset:0;z-index:9999;background:white">gotcha</div>'],
  ['javascript link', '[x](javascript:alert(1))'],
  ['javascript link upper case', '[x](JaVaScRiPt:alert(1))'],
  ['javascript link with entity', '[x](javascript&#58;alert(1))'],
  ['javascript link with tab entity', '[x](java&#9;script:alert(1))'],
  ['javascript link with newline entity', '[x](java&#10;script:alert(1))'],
  ['javascript link, leading space entity', '[x](&#32;javascript:alert(1))'],
  ['data link', '[y](data:text/html,<script>alert(1)</script>)'],
  ['data link base64', '[y](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['vbscript link', '[v](vbscript:msgbox(1))'],
  ['file link', '[f](file:///etc/passwd)'],
  ['protocol-relative link', '[p](//evil.example/x)'],
  ['backslash link', '[b](/\\evil.example/x)'],
  ['autolink javascript', '<javascript:alert(1)>'],
  ['reference javascript', '[r][1]\n\n[1]: javascript:alert(1)'],
  ['reference data with title', '[r][1]\n\n[1]: data:text/html,x "t"'],
  ['image onerror via title', '![a](https://x.example/i.png "t\\" onerror=\\"alert(1)")'],
  ['image data svg', '![a](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['image javascript', '![a](javascript:alert(1))'],
  ['link title breaking out', '[t](https://ok.example "a\\" onmouseover=\\"alert(1)")'],
  ['fence info breaking out', '```js" onmouseover="alert(1)\ncode\n```'],
  ['html comment', '<!-- <script>alert(1)</script> -->'],
  ['html block with markdown inside', '<details open ontoggle=alert(1)>\n\n**x**\n\n</details>'],
  ['form', '<form action="https://evil.example"><input name="nik"></form>'],
  ['base tag', '<base href="https://evil.example/">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  ['object and embed', '<object data="x.swf"></object><embed src="x">'],
  ['link stylesheet', '<link rel=stylesheet href=https://evil.example/a.css>'],
  ['math with href', '<math><mtext><a href="javascript:alert(1)">x</a></mtext></math>'],
  ['table with alignment', '| a | b |\n|:--|--:|\n| 1 | 2 |'],
  ['linkified javascript', 'javascript:alert(1) and www.example.com'],
  ['mailto', '[mail](mailto:diskominfo@bandung.go.id)'],
  ['credentials in URL', '[c](https://user:pass@evil.example/)'],
  ['whole hostile README', HOSTILE_README],
];

describe('renderMarkdown on hostile input', () => {
  it.each(PAYLOADS)('%s renders inert', (_label, source) => {
    const { html } = renderMarkdown(source);
    expect(problems(html.value)).toEqual([]);
  });

  it('shows raw HTML as text the reader can see', () => {
    const out = renderMarkdown('<script>alert(1)</script>').html.value;
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps http, https, mailto, relative and fragment links', () => {
    const out = renderMarkdown('[a](https://gitlab.bandung.go.id/x) [b](http://x.example) [c](mailto:a@b.go.id) [d](docs/INSTALL.md) [e](#pemasangan)').html.value;
    expect(out).toContain('href="https://gitlab.bandung.go.id/x"');
    expect(out).toContain('href="http://x.example/"');
    expect(out).toContain('href="mailto:a@b.go.id"');
    expect(out).toContain('href="docs/INSTALL.md"');
    expect(out).toContain('href="#pemasangan"');
    expect(out).toContain('rel="nofollow noopener noreferrer"');
  });

  it('never loads an image: a remote image becomes a link, others plain text', () => {
    const out = renderMarkdown('![peta](https://x.example/peta.png) ![lokal](gambar/a.png) ![jahat](javascript:alert(1))').html.value;
    expect(out).not.toContain('<img');
    expect(out).toContain('<a class="md-image" href="https://x.example/peta.png" rel="nofollow noopener noreferrer">peta</a>');
    expect(out).toContain('<a class="md-image" href="gambar/a.png"');
    expect(out).not.toContain('javascript:alert(1)"');
  });

  it('moves README headings under the page heading and drops inline styles from tables', () => {
    const out = renderMarkdown('# Judul\n\n###### kecil\n\n| a |\n|--:|\n| 1 |').html.value;
    expect(out).toContain('<h3>Judul</h3>');
    expect(out).toContain('<h6>kecil</h6>');
    expect(out).not.toContain('style=');
    expect(out).toContain('class="align-right"');
  });

  it('cuts very long READMEs and says so', () => {
    const result = renderMarkdown('a'.repeat(1000), { maxLength: 100 });
    expect(result.truncated).toBe(true);
    expect(result.html.value.length).toBeLessThan(200);
  });

  it('renders pathological input quickly', () => {
    for (const source of ['['.repeat(50_000), '*a'.repeat(50_000), '> '.repeat(20_000) + 'x', '<'.repeat(100_000), '- '.repeat(20_000), '`'.repeat(50_000)]) {
      const started = performance.now();
      renderMarkdown(source);
      expect(performance.now() - started, source.slice(0, 8)).toBeLessThan(2000);
    }
  });

  it('stays inert for arbitrary text made of markup characters', () => {
    const alphabet = fc.constantFrom('<', '>', '"', "'", '=', '/', '(', ')', '[', ']', '!', ':', ' ', '\n', '`', '&', '#', 'script', 'img',
      'onerror', 'javascript', 'data', 'href', 'src', 'svg', 'a', 'x', 'iframe', 'style', '\t', '\\', 'http', '//');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join('')), (source) => {
      expect(problems(renderMarkdown(source).html.value)).toEqual([]);
    }), { numRuns: 400 });
  });
});
