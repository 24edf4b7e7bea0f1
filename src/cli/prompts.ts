// The only home of the prompt library. Questions are asked only on a
// terminal; elsewhere the caller uses flags and defaults.
import { confirm, input, password } from '@inquirer/prompts';

export async function ask(message: string, defaultValue: string, validate?: (value: string) => true | string): Promise<string> {
  return input({ message, default: defaultValue, validate });
}

/** A secret, typed without echo; asked on stderr so that stdout stays clean under --json. */
export async function askSecret(message: string): Promise<string> {
  return password({ message, mask: true }, { output: process.stderr });
}

/** A yes or no question, asked on stderr so that stdout keeps the command's own output. */
export async function askYesNo(message: string, defaultValue: boolean): Promise<boolean> {
  return confirm({ message, default: defaultValue }, { output: process.stderr });
}
