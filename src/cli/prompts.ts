// The only home of the prompt library. Questions are asked only on a
// terminal; elsewhere the caller uses flags and defaults.
import { input, password } from '@inquirer/prompts';

export async function ask(message: string, defaultValue: string, validate?: (value: string) => true | string): Promise<string> {
  return input({ message, default: defaultValue, validate });
}

/** A secret, typed without echo; asked on stderr so that stdout stays clean under --json. */
export async function askSecret(message: string): Promise<string> {
  return password({ message, mask: true }, { output: process.stderr });
}
