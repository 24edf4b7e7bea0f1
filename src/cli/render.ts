// Renderers chosen at the edge: core events and results become human text
// (colour per NO_COLOR/FORCE_COLOR, progress on a terminal) or JSON.
import { formatDuration } from '../core/duration.js';
import { GotongError, isGotongError } from '../core/errors.js';
import type { Reporter, ReporterEvent } from '../core/reporter.js';
import type { Palette } from './palette.js';
import { t } from '../i18n/translate.js';
import { isMessageKey } from '../i18n/message-table.js';

/** A stage's name as people read it; a stage without a message keeps its own name. */
function stageLabel(stage: string): string {
  const key = `stage.${stage}`;
  return isMessageKey(key) ? t(key) : stage;
}

export { colours } from './palette.js';

/** Bumped only when a JSON output changes incompatibly. */
export const JSON_OUTPUT_VERSION = 1;

export interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

export const processOutput: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
};

export class HumanReporter implements Reporter {
  private progressShown = false;
  constructor(
    private readonly out: Output,
    private readonly c: Palette,
    private readonly verbose: boolean,
  ) {}

  emit(event: ReporterEvent): void {
    switch (event.type) {
      case 'warn':
        this.clearProgress();
        this.out.stderr(`${this.c.yellow(t('render.warning'))} ${event.message}\n${event.hint ? `  ${this.c.dim(event.hint)}\n` : ''}`);
        break;
      case 'retry':
        this.clearProgress();
        this.out.stderr(`${t('render.retry', { label: this.c.dim(t('render.retryLabel')), reason: event.reason, wait: formatDuration(event.waitMs), attempt: event.attempt + 1 })}\n`);
        break;
      case 'progress':
        if (this.out.isTTY) {
          this.out.stderr(`\r${this.c.dim(t('render.progress', { stage: stageLabel(event.stage), done: event.done, total: event.total }))}\x1b[K`);
          this.progressShown = true;
        }
        break;
      case 'stage':
        if (this.verbose && event.status === 'end') {
          this.clearProgress();
          this.out.stderr(this.c.dim(`  ${t('render.stageTime', { stage: stageLabel(event.stage), duration: t('duration.ms', { value: event.durationMs }) })}\n`));
        }
        break;
      case 'info':
        this.clearProgress();
        this.out.stderr(`${event.message}\n`);
        break;
    }
  }

  clearProgress(): void {
    if (this.progressShown) {
      this.out.stderr('\r\x1b[K');
      this.progressShown = false;
    }
  }
}

/** Under --json, events go to stderr as NDJSON so stdout holds one document. */
export class JsonReporter implements Reporter {
  constructor(private readonly out: Output) {}
  emit(event: ReporterEvent): void {
    if (event.type === 'warn' || event.type === 'retry') this.out.stderr(JSON.stringify(event) + '\n');
  }
}

export function printJson(out: Output, value: Record<string, unknown>): void {
  out.stdout(JSON.stringify({ jsonVersion: JSON_OUTPUT_VERSION, ...value }, null, 2) + '\n');
}

export function asGotongError(error: unknown): GotongError {
  if (isGotongError(error)) return error;
  const err = error as NodeJS.ErrnoException;
  if (err?.code === 'ENOSPC' || err?.code === 'EACCES' || err?.code === 'EPERM' || err?.code === 'EROFS') {
    return new GotongError('GOTONG_E_IO', `${err.message}`, { hint: t(err.code === 'ENOSPC' ? 'io.hint.fullShort' : 'io.hint.permissionsShort'), cause: error });
  }
  return new GotongError('GOTONG_E_INTERNAL', t('bug.message', { detail: err?.message ?? String(error) }), { hint: t('bug.hint'), cause: error });
}

/** `hint` replaces the error's own hint (the edge drops advice about flags the command lacks). */
export function renderError(out: Output, c: Palette, error: GotongError, options: { json: boolean; verbose: boolean; hint?: string }): void {
  const hint = 'hint' in options ? options.hint : error.hint;
  if (options.json) {
    printJson(out, { ok: false, error: { ...error.toJSON(), hint: hint ?? null } });
  } else {
    out.stderr(`${c.red(t('render.error'))} ${c.bold(error.code)} ${error.message}\n`);
    if (hint) out.stderr(`  ${c.cyan(t('render.hint'))} ${hint}\n`);
    const problems = (error.details?.problems as Array<{ where: string; message: string }> | undefined) ?? [];
    for (const p of problems) out.stderr(`  - ${p.where}: ${p.message}\n`);
  }
  if (options.verbose) {
    let cause: unknown = error;
    while (cause) {
      out.stderr(c.dim(`${(cause as Error).stack ?? String(cause)}\n`));
      cause = (cause as { cause?: unknown }).cause;
    }
  }
}
