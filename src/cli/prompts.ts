// The only home of the prompt library. Questions are asked only on a
// terminal; elsewhere the caller uses flags and defaults.
import { input } from '@inquirer/prompts';

export async function ask(message: string, defaultValue: string, validate?: (value: string) => true | string): Promise<string> {
  return input({ message, default: defaultValue, validate });
}
