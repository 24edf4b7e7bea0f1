// The copies of one registry a client may read, in the order it tries them:
// the mirrors a user listed, then the origin. A copy is opened only when it
// is reached (a git mirror is cloned then, not before). Nothing here judges
// a copy: the trust layer verifies every byte and, when a copy serves
// something that fails, moves on with fallBack(). Every copy is checked
// against the same pinned root and the same rollback memory, so a mirror
// needs no trust of its own.
import { bug } from '../core/errors.js';
import type { RegistrySource } from './source.js';

export interface RegistryCopy {
  /** Credential-free, for messages: `mirror https://…` or the origin's label. */
  label: string;
  open(): Promise<RegistrySource>;
}

export class MirrorListSource implements RegistrySource {
  private at = 0;
  private opened: Promise<RegistrySource> | null = null;

  constructor(private readonly copies: RegistryCopy[]) {
    if (copies.length === 0) bug('a mirror list needs at least one copy');
  }

  get label(): string {
    return this.copies[this.at].label;
  }

  /** The copy read now, opened on first use. */
  current(): Promise<RegistrySource> {
    this.opened ??= this.copies[this.at].open();
    return this.opened;
  }

  async read(relPath: string, maxBytes: number): Promise<Buffer | null> {
    return (await this.current()).read(relPath, maxBytes);
  }

  localFile(): string | null {
    return null;
  }

  async soon(relPaths: string[]): Promise<void> {
    await (await this.current()).soon?.(relPaths);
  }

  fallBack(): string | null {
    if (this.at + 1 >= this.copies.length) return null;
    this.at++;
    this.opened = null;
    return this.label;
  }
}
