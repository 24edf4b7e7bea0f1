// HTML output is built only through the `html` tagged template below. Every
// interpolated value that is not already SafeHtml goes through escapeHtml, the
// one escaping function for text from modules, so a page template cannot
// forget to escape. SafeHtml is made only by this file's `html`/`raw` and by
// the Markdown renderer, whose output is escaped by construction.

/** Markup that is safe to put in a page as it is. Made only by `html`, `raw` and the Markdown renderer. */
export class SafeHtml {
  // A private member makes the type nominal: a plain { value } object is not SafeHtml.
  declare private readonly brand: never;
  constructor(readonly value: string) {}
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

/** Marks markup produced by gotong itself as safe. Never pass module text here. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

export function isSafeHtml(value: unknown): value is SafeHtml {
  return value instanceof SafeHtml;
}

// C0 controls other than tab, line feed and carriage return are not allowed in
// HTML text, nor are lone surrogates; they are dropped rather than escaped.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(SPECIAL, (c) => ENTITY[c]);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  if (Array.isArray(value)) return value.map(render).join('');
  if (isSafeHtml(value)) return value.value;
  throw new TypeError('html template got a value that is neither text nor SafeHtml');
}

/** Tagged template: the literal parts are trusted markup, every value is escaped. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return raw(out);
}

/** Joins fragments, escaping any plain strings. */
export function join(values: readonly HtmlValue[], separator: HtmlValue = ''): SafeHtml {
  const sep = render(separator);
  return raw(values.map(render).join(sep));
}
