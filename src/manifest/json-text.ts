// A strict reader for JSON text (RFC 8259) that says where the text goes
// wrong, as a line and column a person can find, instead of V8's varying
// messages. It also refuses what JSON.parse quietly accepts but which lets two
// parsers read one signed file differently: a key given twice in one object.
// It only checks; JSON.parse builds the value once the text is known clean.
import { t } from '../i18n/translate.js';
import { quote } from './names.js';

const MAX_DEPTH = 64;

export interface JsonProblem {
  offset: number;
  message: string;
}

class ScanStop {
  constructor(readonly offset: number, readonly message: string) {}
}

/** Finds the first syntax error, duplicate key or over-deep nesting in `text`; null when it is clean JSON. */
export function scanJson(text: string): JsonProblem | null {
  let pos = 0;
  const stop = (message: string, at = pos): never => {
    throw new ScanStop(at, message);
  };
  const char = (at: number) => (at < text.length ? text[at] : undefined);
  const shown = (c: string | undefined) =>
    c === undefined ? t('manifest.json.endOfText') : /[\x21-\x7e]/.test(c) ? `"${c}"` : t('manifest.json.character', { code: c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') });
  const space = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) pos++;
      else break;
    }
  };
  const string = (): string => {
    const start = pos;
    pos++;
    for (;;) {
      if (pos >= text.length) stop(t('manifest.json.stringNotClosed'), start);
      const c = text.charCodeAt(pos);
      if (c === 0x22) {
        pos++;
        return text.slice(start, pos);
      }
      if (c === 0x5c) {
        const e = char(pos + 1);
        if (e !== undefined && '"\\/bfnrt'.includes(e)) pos += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) pos += 6;
        else stop(t('manifest.json.badEscape'));
      } else if (c < 0x20) {
        stop(t('manifest.json.controlCharacter'));
      } else pos++;
    }
  };
  const digits = (where: 'integer' | 'fraction' | 'exponent') => {
    const start = pos;
    while (pos < text.length && text.charCodeAt(pos) >= 0x30 && text.charCodeAt(pos) <= 0x39) pos++;
    if (pos === start) stop(t('manifest.json.digits', { where }));
  };
  const number = () => {
    if (char(pos) === '-') pos++;
    if (char(pos) === '0') pos++;
    else digits('integer');
    if (char(pos) === '.') {
      pos++;
      digits('fraction');
    }
    if (char(pos) === 'e' || char(pos) === 'E') {
      pos++;
      if (char(pos) === '+' || char(pos) === '-') pos++;
      digits('exponent');
    }
  };
  const value = (depth: number): void => {
    const c = char(pos);
    if (c === '{' || c === '[') {
      if (depth >= MAX_DEPTH) stop(t('manifest.json.tooDeep', { max: MAX_DEPTH }));
      if (c === '{') object(depth + 1);
      else list(depth + 1);
    } else if (c === '"') string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else if (c !== undefined && /[tfn]/.test(c)) {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, pos));
      if (!word) stop(t('manifest.json.unexpectedWord'));
      pos += word!.length;
    } else stop(t('manifest.json.unexpectedBeforeValue', { found: shown(c) }));
  };
  const object = (depth: number) => {
    pos++;
    space();
    if (char(pos) === '}') {
      pos++;
      return;
    }
    const keys = new Set<string>();
    for (;;) {
      if (char(pos) !== '"') stop(char(pos) === '}' ? t('manifest.json.trailingComma', { close: '}' }) : t('manifest.json.expectedFieldName', { found: shown(char(pos)) }));
      const keyStart = pos;
      const key = JSON.parse(string()) as string;
      if (keys.has(key)) stop(t('manifest.json.duplicateField', { field: quote(key) }), keyStart);
      keys.add(key);
      space();
      if (char(pos) !== ':') stop(t('manifest.json.expectedColon', { found: shown(char(pos)) }));
      pos++;
      space();
      value(depth);
      space();
      if (char(pos) === ',') {
        pos++;
        space();
      } else if (char(pos) === '}') {
        pos++;
        return;
      } else stop(t('manifest.json.expectedCommaOrClose', { close: '}', found: shown(char(pos)) }));
    }
  };
  const list = (depth: number) => {
    pos++;
    space();
    if (char(pos) === ']') {
      pos++;
      return;
    }
    for (;;) {
      if (char(pos) === ']') stop(t('manifest.json.trailingComma', { close: ']' }));
      value(depth);
      space();
      if (char(pos) === ',') {
        pos++;
        space();
      } else if (char(pos) === ']') {
        pos++;
        return;
      } else stop(t('manifest.json.expectedCommaOrClose', { close: ']', found: shown(char(pos)) }));
    }
  };
  try {
    space();
    if (pos >= text.length) stop(t('manifest.json.empty'));
    value(0);
    space();
    if (pos < text.length) stop(t('manifest.json.afterEnd', { found: shown(char(pos)) }));
    return null;
  } catch (e) {
    if (e instanceof ScanStop) return { offset: e.offset, message: e.message };
    throw e;
  }
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
