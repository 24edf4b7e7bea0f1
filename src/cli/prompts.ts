// The only home of the prompt library. Questions are asked only on a
// terminal; elsewhere the caller uses flags and defaults.
import { input, password } from '@inquirer/prompts';
import { t } from '../i18n/translate.js';

export async function ask(message: string, defaultValue: string, validate?: (value: string) => true | string): Promise<string> {
  return input({ message, default: defaultValue, validate });
}

/** A secret, typed without echo; asked on stderr so that stdout stays clean under --json. */
export async function askSecret(message: string): Promise<string> {
  return password({ message, mask: true }, { output: process.stderr });
}

/** Answers taken in every language: y/n, and the Indonesian ya/tidak (t). */
const YES = new Set(['y', 'yes', 'ya']);
const NO = new Set(['n', 'no', 't', 'tidak']);

/**
 * A yes or no question, asked on stderr so that stdout keeps the command's own
 * output. Asked as text rather than with the library's confirm, which knows
 * only y and n and takes any other answer (an Indonesian "t") as the default;
 * here an answer that is neither is refused and asked again.
 */
export async function askYesNo(message: string, defaultValue: boolean): Promise<boolean> {
  const answer = await input(
    {
      message,
      default: defaultValue ? 'y' : 'n',
      validate: (value) => YES.has(value.trim().toLowerCase()) || NO.has(value.trim().toLowerCase()) || t('cli.prompt.yesNo'),
      transformer: (value, { isFinal }) => (isFinal ? t(YES.has(value.trim().toLowerCase()) ? 'cli.prompt.yes' : 'cli.prompt.no') : value),
      theme: { style: { defaultAnswer: () => `(${t(defaultValue ? 'cli.prompt.defaultYes' : 'cli.prompt.defaultNo')})` } },
    },
    { output: process.stderr },
  );
  return YES.has(answer.trim().toLowerCase());
}
