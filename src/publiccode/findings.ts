// What `gotong publiccode validate` reports: one finding per broken rule,
// with the key path, line and column, so an editor or a CI log can point at
// it. The codes are stable (scripts match on them, docs/PUBLICCODE.md lists
// them); the messages may be reworded.

export type Severity = 'error' | 'warning';

/** The codes with what each means, for docs/PUBLICCODE.md. i18n-exempt: English documentation of the codes, not messages. */
export const FINDING_CODES = {
  'bad-encoding': 'The file is not UTF-8, which the standard requires.',
  'yaml-syntax': 'The file is not well-formed YAML (or holds more than one document).',
  'duplicate-key': 'A mapping names the same key twice.',
  'missing-key': 'A key the standard requires is absent.',
  'wrong-type': 'A value has the wrong type (a number where a string belongs, a string where a list belongs...).',
  'unknown-key': 'A key the standard does not define (a warning: newer versions of the standard may define it).',
  'deprecated-key': 'A key the standard has deprecated (a warning).',
  'unsupported-version': 'publiccodeYmlVersion is not a 0.x version.',
  'not-allowed': 'A value outside the standard\'s list (developmentStatus, softwareType, maintenance type, categories, scope).',
  'empty-list': 'A list that must hold at least one item is empty.',
  'bad-url': 'A value that must be an absolute http(s) URL (or, for url, a repository URL) is not one.',
  'bad-date': 'A date is not a real calendar date written YYYY-MM-DD.',
  'bad-licence': 'legal.license is not a valid SPDX licence expression.',
  'deprecated-licence': 'legal.license names a deprecated SPDX identifier or writes one in the wrong case (a warning).',
  'bad-language-tag': 'A language is not a well-formed BCP 47 tag.',
  'bad-country': 'A country is not a lowercase ISO 3166-1 alpha-2 code.',
  'bad-email': 'An e-mail address is not of the form name@domain.',
  'bad-path': 'A logo or screenshot path leaves the repository or is an absolute file path.',
  'file-missing': 'A logo or screenshot path names a file that is not there (a warning).',
  'file-format': 'A logo or screenshot is not in a format the standard suggests (a warning).',
  'too-short': 'A text is shorter than the standard allows (counted in grapheme clusters).',
  'too-long': 'A text is longer than the standard allows (counted in grapheme clusters).',
} as const;

export type FindingCode = keyof typeof FINDING_CODES;

export interface Finding {
  severity: Severity;
  code: FindingCode;
  /** Dotted key path, list items as [n]: `description.id.shortDescription`, `maintenance.contacts[0].name`; '' for the whole file. */
  path: string;
  /** 1-based, of the value (or of the mapping that lacks a key). */
  line: number;
  column: number;
  message: string;
}

export interface Position {
  line: number;
  column: number;
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

/** In the order of the file, as an editor lists them. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.path.localeCompare(b.path));
}
