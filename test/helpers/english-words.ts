// Tells whether a text gotong printed holds English. The English words are
// the words of the English messages that no Indonesian message uses (so
// "registry", "commit" or a backticked `gotong install` are not counted), and
// the words of a printed line are read after setting aside what is data:
// paths, URLs, module names, flags, codes, hashes and quoted values.
import { MESSAGES } from '../../src/i18n/messages/index.js';

const WORD = /[A-Za-z][A-Za-z']*[A-Za-z]/g;

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((word) => word.length >= 3);
}

/** Words only the English side of the catalogs uses. */
export function englishOnlyWords(): Set<string> {
  // Words inside backticks are commands and flags, the same in both languages, not Indonesian words.
  const indonesian = new Set(Object.values(MESSAGES).flatMap((message) => wordsOf(message.id.replace(/`[^`]*`/g, ' '))));
  const english = new Set<string>();
  for (const message of Object.values(MESSAGES)) {
    // Placeholders and plural selectors are not words of the sentence.
    const sentence = message.en.replace(/\{[a-zA-Z]+(, ?[a-z]+(, ?[^{}]*)?)?\}/g, ' ').replace(/\b(plural|select|other|one)\b/g, ' ');
    for (const word of wordsOf(sentence)) if (!indonesian.has(word)) english.add(word);
  }
  return english;
}

/** Data in a printed line: paths, URLs, @scope/names, flags, codes, hex, backticked commands, quoted values, usage placeholders (<dir>, [modules...], FILE). */
function withoutData(line: string): string {
  return line
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>\s]*>|\[[^\]\s]*\]/g, ' ')
    .replace(/\b[A-Z][A-Z0-9_]+\b/g, ' ')
    .replace(/"[^"]*"|'[^']*'/g, ' ')
    .replace(/\S*[/\\]\S*/g, ' ')
    .replace(/\S+@\S+/g, ' ')
    .replace(/--?[a-z][a-z0-9-]*/g, ' ')
    .replace(/\bGOTONG_[A-Z_]+\b/g, ' ')
    .replace(/\b[0-9a-f]{8,}\b/g, ' ')
    .replace(/\S+\.(json|yml|yaml|pem|pub|tgz|git|html|md)\b/g, ' ');
}

export interface EnglishFinding {
  line: string;
  words: string[];
}

/** Lines of `output` holding English words; `data` are words the test itself wrote (names, descriptions). */
export function englishIn(output: string, data: readonly string[] = []): EnglishFinding[] {
  const english = englishOnlyWords();
  const allowed = new Set(data.flatMap(wordsOf));
  const findings: EnglishFinding[] = [];
  for (const line of output.split('\n')) {
    const words = wordsOf(withoutData(line)).filter((word) => english.has(word) && !allowed.has(word));
    if (words.length > 0) findings.push({ line, words });
  }
  return findings;
}
