// Credentials are stripped from URLs here before a URL reaches an error, a log
// or a file. A module of its own so that what needs only this (the answer of
// an install with nothing to do, through locate.ts) does not load git.ts.

/** Strips credentials from every URL in `text` (a URL alone, or git's output quoting one). */
export function redactUrl(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^@/\s'"]*@/gi, '$1***@');
}
