// Core code never prints. It emits these typed events; the CLI chooses a
// renderer (human text with progress on a terminal, or NDJSON on stderr when
// --json is set) and tests keep them in memory to assert on.

export type ReporterEvent =
  | { type: 'stage'; stage: string; status: 'start' }
  | { type: 'stage'; stage: string; status: 'end'; durationMs: number }
  | { type: 'progress'; stage: string; done: number; total: number }
  | { type: 'info'; message: string }
  | { type: 'warn'; code: string; message: string; hint?: string }
  /** `attempt` failed for `reason`; the next starts after `waitMs`. */
  | { type: 'retry'; stage: string; attempt: number; reason: string; waitMs: number };

export interface Reporter {
  emit(event: ReporterEvent): void;
}

export const silentReporter: Reporter = { emit() {} };

export class MemoryReporter implements Reporter {
  readonly events: ReporterEvent[] = [];
  emit(event: ReporterEvent): void {
    this.events.push(event);
  }
  ofType<T extends ReporterEvent['type']>(type: T): Extract<ReporterEvent, { type: T }>[] {
    return this.events.filter((e): e is Extract<ReporterEvent, { type: T }> => e.type === type);
  }
}

/** Runs one named stage under a timer, reporting its start and end. */
export async function stage<T>(reporter: Reporter, name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  reporter.emit({ type: 'stage', stage: name, status: 'start' });
  try {
    return await work();
  } finally {
    reporter.emit({ type: 'stage', stage: name, status: 'end', durationMs: Math.round(performance.now() - started) });
  }
}
