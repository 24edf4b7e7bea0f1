// What a person sees on stderr while a publish waits for other publishers.
import { describe, expect, it } from 'vitest';
import { colours } from './palette.js';
import { HumanReporter, JsonReporter, type Output } from './render.js';

function capture(): Output & { text(): string } {
  let err = '';
  return { stdout: () => undefined, stderr: (text) => void (err += text), isTTY: false, text: () => err };
}

describe('retry events', () => {
  const event = { type: 'retry', stage: 'push', attempt: 3, reason: 'another publisher pushed first', waitMs: 1340 } as const;

  it('tell a person why, how long the wait is and which attempt comes next', () => {
    const out = capture();
    new HumanReporter(out, colours({ NO_COLOR: '1' }, false), false).emit(event);
    expect(out.text()).toBe('retry another publisher pushed first; trying again in 1.3 s (attempt 4)\n');
  });

  it('carry the wait in milliseconds as a JSON line under --json', () => {
    const out = capture();
    new JsonReporter(out).emit(event);
    expect(JSON.parse(out.text())).toEqual(event);
  });
});
