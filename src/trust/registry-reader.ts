// What verification reads through. The trust layer asks for the bytes of a
// metadata file or of a target by its path in the repository (file-names.ts)
// and a bound on their size; it never learns how they travel. Every
// transport in src/registry/ (a folder, a git commit, a static host, a
// mirror list, an offline bundle) satisfies this shape, so adding one adds a
// file there and nothing here. A reader judges nothing: whatever it returns
// is checked against the signed metadata before use.
export interface RegistryReader {
  /** Human-readable, credential-free location for messages. */
  readonly label: string;
  /** The bytes at `path`, or null when the registry has no such file; refuses (throws) above maxBytes. */
  read(path: string, maxBytes: number): Promise<Buffer | null>;
  /**
   * Moves on to the next copy of the registry after the current one served
   * something that failed verification or could not be reached. Returns the
   * label of the copy read from now on, or null when none is left. Absent:
   * a single copy.
   */
  fallBack?(): string | null;
  /**
   * Files about to be read one after another (a namespace role, then the
   * module role it delegates to): a transport that pays per request (a
   * partial clone) may fetch them together. Only a hint: each is still read
   * and checked when its turn comes. Absent: nothing to gain.
   */
  soon?(paths: string[]): Promise<void>;
}
