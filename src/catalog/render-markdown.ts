// README rendering. A README is untrusted text from another organisation, so
// the renderer never passes HTML through: markdown-it runs with `html: false`
// (every tag in the source comes out as escaped text), link targets go through
// the allowlist in urls.ts, images are never loaded (a page may not make a
// request) but become links or plain text, and a final pass keeps only the
// attributes this file knows. The output is SafeHtml by construction.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { escapeHtml, raw, type SafeHtml } from './html.js';
import { checkLink } from './urls.js';

export interface RenderOptions {
  /** Levels added to README headings so they sit under the page's own h2 (default 2: # becomes h3). */
  headingOffset?: number;
  /** Longer sources are cut (default 256 KiB of text). */
  maxLength?: number;
}

export interface RenderedMarkdown {
  html: SafeHtml;
  truncated: boolean;
}

const DEFAULT_MAX = 256 * 1024;
const ALLOWED_ATTRS: Record<string, readonly string[]> = {
  link_open: ['href', 'title', 'rel', 'class'],
  ordered_list_open: ['start'],
  th_open: ['class'],
  td_open: ['class'],
};
const ALIGN = /^text-align:(left|right|center)$/;

function createRenderer(): MarkdownIt {
  const md = new MarkdownIt('default', { html: false, linkify: true, typographer: false });
  md.validateLink = (url: string) => checkLink(url) !== null;

  // Images: the page may not request anything, so an image becomes a link to
  // where it lives (when that is an allowed URL) or just its alt text.
  md.renderer.rules.image = (tokens, idx, options, env) => {
    const token = tokens[idx];
    const alt = md.renderer.renderInlineAsText(token.children ?? [], options, env);
    const link = checkLink(token.attrGet('src') ?? '');
    const label = escapeHtml(alt.trim() || (token.attrGet('src') ?? ''));
    if (link && link.kind !== 'fragment') {
      return `<a class="md-image" href="${escapeHtml(link.href)}" rel="nofollow noopener noreferrer">${label}</a>`;
    }
    return `<span class="md-image">${label}</span>`;
  };

  md.core.ruler.push('gotong_sanitize', (state) => {
    const offset = (state.env as { headingOffset?: number }).headingOffset ?? 2;
    const visit = (tokens: Token[]) => {
      for (const token of tokens) {
        if (token.type === 'heading_open' || token.type === 'heading_close') {
          const level = Number(token.tag.slice(1));
          token.tag = `h${Math.min(6, Math.max(1, level + offset))}`;
        }
        if ((token.type === 'th_open' || token.type === 'td_open') && token.attrs) {
          const align = ALIGN.exec(token.attrGet('style') ?? '');
          token.attrs = null;
          if (align) token.attrSet('class', `align-${align[1]}`);
        }
        if (token.type === 'link_open') {
          const link = checkLink(token.attrGet('href') ?? '');
          if (link) token.attrSet('href', link.href);
          else token.attrs = null;
          token.attrSet('rel', 'nofollow noopener noreferrer');
        }
        if (token.type !== 'image' && token.attrs) {
          const keep = ALLOWED_ATTRS[token.type] ?? [];
          token.attrs = token.attrs.filter(([name]) => keep.includes(name));
          if (token.attrs.length === 0) token.attrs = null;
        }
        if (token.type === 'fence' || token.type === 'code_block') token.info = '';
        if (token.children) visit(token.children);
      }
    };
    visit(state.tokens);
  });
  return md;
}

let renderer: MarkdownIt | undefined;

export function renderMarkdown(source: string, options: RenderOptions = {}): RenderedMarkdown {
  renderer ??= createRenderer();
  const max = options.maxLength ?? DEFAULT_MAX;
  const truncated = source.length > max;
  const text = truncated ? source.slice(0, max) : source;
  const env = { headingOffset: options.headingOffset ?? 2 };
  return { html: raw(renderer.render(text, env)), truncated };
}
