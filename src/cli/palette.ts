// The five text styles gotong's human output uses, as plain ANSI escapes
// (basic 16-colour codes, which every terminal shows). A colour library cost
// about 15 ms of every command's start for these five.
export interface Palette {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const style = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;

const ANSI: Palette = { bold: style(1, 22), dim: style(2, 22), red: style(31, 39), yellow: style(33, 39), cyan: style(36, 39) };
const PLAIN: Palette = { bold: (t) => t, dim: (t) => t, red: (t) => t, yellow: (t) => t, cyan: (t) => t };

/** Colour per NO_COLOR (any non-empty value turns it off), then FORCE_COLOR ("0" off, anything else on), then whether the output is a terminal. */
export function colours(env: NodeJS.ProcessEnv, isTTY: boolean): Palette {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return PLAIN;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR === '0' ? PLAIN : ANSI;
  return isTTY ? ANSI : PLAIN;
}
