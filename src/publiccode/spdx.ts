// SPDX licence expressions (SPDX specification 2.3, Annex D "SPDX License
// Expressions"), checked against the SPDX licence and exception lists that
// the spdx-license-ids and spdx-exceptions packages carry. This file is the
// one home of those two packages.
//
//   expression := or
//   or         := and ("OR" and)*
//   and        := with ("AND" with)*          AND binds tighter than OR
//   with       := term ("WITH" exception)?
//   term       := licence-id ["+"] | [DocumentRef-x:]LicenseRef-x | "(" or ")"
//
// Identifiers match without regard to case (Annex D.2), so `mit` is read as
// MIT, with a warning to write it as the list does; operators are written all
// capitals or all lowercase.
import { createRequire } from 'node:module';
import { t } from '../i18n/translate.js';
import { quote } from '../manifest/names.js';

const require = createRequire(import.meta.url);
const LICENCES = require('spdx-license-ids') as string[];
const DEPRECATED_LICENCES = require('spdx-license-ids/deprecated.json') as string[];
const EXCEPTIONS = require('spdx-exceptions') as string[];
const DEPRECATED_EXCEPTIONS = require('spdx-exceptions/deprecated.json') as string[];

const byLowerCase = (ids: string[]) => new Map(ids.map((id) => [id.toLowerCase(), id]));
const licenceIds = byLowerCase([...LICENCES, ...DEPRECATED_LICENCES]);
const exceptionIds = byLowerCase([...EXCEPTIONS, ...DEPRECATED_EXCEPTIONS]);
const deprecated = new Set([...DEPRECATED_LICENCES, ...DEPRECATED_EXCEPTIONS]);

const ID_STRING = '[A-Za-z0-9.-]+';
const LICENSE_REF = new RegExp(`^(DocumentRef-${ID_STRING}:)?LicenseRef-${ID_STRING}$`);
const ADDITION_REF = new RegExp(`^(DocumentRef-${ID_STRING}:)?AdditionRef-${ID_STRING}$`);

export type SpdxCheck =
  | { ok: true; /** Identifiers as the SPDX list writes them, in order of appearance. */ licences: string[]; warnings: string[] }
  | { ok: false; message: string };

class ExpressionError extends Error {}

export function checkSpdxExpression(expression: string): SpdxCheck {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  if (tokens.length === 0) return { ok: false, message: t('publiccode.spdx.empty') };
  let next = 0;
  const licences: string[] = [];
  const warnings: string[] = [];
  const peek = () => tokens[next];
  const isOperator = (token: string | undefined, name: string) => token === name || token === name.toLowerCase();
  const expectMore = () => {
    if (next >= tokens.length) throw new ExpressionError(t('publiccode.spdx.endsEarly', { token: quote(tokens[next - 1]) }));
  };

  const known = (token: string, table: Map<string, string>, kind: 'licence' | 'exception'): string => {
    const canonical = table.get(token.toLowerCase());
    if (canonical === undefined) throw new ExpressionError(t(kind === 'licence' ? 'publiccode.spdx.unknownLicence' : 'publiccode.spdx.unknownException', { token: quote(token) }));
    if (canonical !== token) warnings.push(t('publiccode.spdx.case', { canonical: quote(canonical), token: quote(token) }));
    if (deprecated.has(canonical)) {
      const gpl = canonical.startsWith('GPL') || canonical.startsWith('LGPL') || canonical.startsWith('AGPL');
      warnings.push(t(gpl ? 'publiccode.spdx.deprecatedGpl' : 'publiccode.spdx.deprecated', { id: quote(canonical) }));
    }
    return canonical;
  };

  const term = (): void => {
    expectMore();
    const token = tokens[next++];
    if (token === '(') {
      or();
      if (peek() !== ')') throw new ExpressionError(next >= tokens.length ? t('publiccode.spdx.unclosed') : t('publiccode.spdx.notClosing', { token: quote(peek()) }));
      next++;
      return;
    }
    if (token === ')' || ['AND', 'OR', 'WITH'].some((op) => isOperator(token, op))) throw new ExpressionError(t('publiccode.spdx.notLicence', { token: quote(token) }));
    if (LICENSE_REF.test(token)) {
      licences.push(token);
      return;
    }
    const plus = token.endsWith('+');
    licences.push(known(plus ? token.slice(0, -1) : token, licenceIds, 'licence') + (plus ? '+' : ''));
  };

  const withExpression = (): void => {
    term();
    if (isOperator(peek(), 'WITH')) {
      next++;
      expectMore();
      const exception = tokens[next++];
      if (!ADDITION_REF.test(exception)) known(exception, exceptionIds, 'exception');
    }
  };

  const and = (): void => {
    withExpression();
    while (isOperator(peek(), 'AND')) {
      next++;
      withExpression();
    }
  };

  function or(): void {
    and();
    while (isOperator(peek(), 'OR')) {
      next++;
      and();
    }
  }

  try {
    or();
    if (next < tokens.length) throw new ExpressionError(t('publiccode.spdx.notOperator', { token: quote(tokens[next]) }));
  } catch (error) {
    if (error instanceof ExpressionError) return { ok: false, message: error.message };
    throw error;
  }
  return { ok: true, licences, warnings };
}
