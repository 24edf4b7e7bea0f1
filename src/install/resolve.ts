// resolve: the workspace's requests (and the lockfile's choices) -> one exact
// version per module. Apps are deployed, not nested, so the whole tree holds
// a single version of each module; a depth-first search with backtracking
// tries the newest acceptable version first (the locked one before that), and
// when nothing fits it explains who asks for what, in words.
import semver from 'semver';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import type { IndexVersion, ModuleIndex } from '../manifest/types.js';

export interface ResolveInput {
  requested: Record<string, string>;
  /** Versions chosen by the lockfile; preferred when they still satisfy every range. */
  locked: Record<string, string>;
  loadIndex(name: string): Promise<ModuleIndex>;
  /** Optional warm-up: names that will be needed soon (prefetch in parallel). */
  prefetch?(names: string[]): void;
}

export interface ResolvedModule {
  name: string;
  version: string;
  entry: IndexVersion;
}

export interface Resolution {
  modules: Map<string, ResolvedModule>;
}

interface Demand {
  from: string;
  range: string;
}

/** Who asks when the workspace itself does, as --json's `demands` give it in every language. i18n-exempt: a machine value. */
const WORKSPACE = 'the workspace';
const MAX_STEPS = 200_000;

function describeDemands(demands: Demand[]): string {
  return demands
    .map((d) => (d.from === WORKSPACE ? t('install.resolve.demandOfWorkspace', { range: d.range }) : t('install.resolve.demand', { from: d.from, range: d.range })))
    .join(', ');
}

/** The published versions for a hint, and the yanked ones when there are any. */
function publishedHint(key: 'install.resolve.noMatch.hint' | 'install.resolve.conflict.hint', name: string, published: string[], yanked: string[]): string {
  const values = { name, published: published.join(', ') || t('install.resolve.none'), yanked: yanked.join(', ') };
  return yanked.length > 0 ? t(`${key}Yanked`, values) : t(key, values);
}

function copyDemands(demands: Demand[]): Demand[] {
  return demands.map((d) => ({ from: d.from, range: d.range }));
}

class Search {
  private readonly selected = new Map<string, ResolvedModule>();
  private readonly demands = new Map<string, Demand[]>();
  private steps = 0;
  /** The first dead end seen, kept for the error when the whole search fails. */
  private firstConflict: GotongError | null = null;

  constructor(private readonly input: ResolveInput) {}

  private demandsOf(name: string): Demand[] {
    let list = this.demands.get(name);
    if (!list) this.demands.set(name, (list = []));
    return list;
  }

  private candidates(index: ModuleIndex, demands: Demand[]): string[] {
    const lockedVersion = this.input.locked[index.name];
    const fits = (v: string) => demands.every((d) => semver.satisfies(v, d.range, { includePrerelease: false }) || (v === lockedVersion && semver.satisfies(v, d.range, { includePrerelease: true })));
    const versions = Object.keys(index.versions).filter((v) => semver.valid(v) && fits(v));
    // Yanked versions are skipped unless the lockfile pins them.
    const usable = versions.filter((v) => !index.versions[v].yanked || v === lockedVersion);
    usable.sort(semver.rcompare);
    if (lockedVersion && usable.includes(lockedVersion)) return [lockedVersion, ...usable.filter((v) => v !== lockedVersion)];
    return usable;
  }

  private conflict(name: string, index: ModuleIndex, liveDemands: Demand[]): GotongError {
    // The search pops demands as it backtracks, so the error keeps its own copy.
    const demands = copyDemands(liveDemands);
    const published = Object.keys(index.versions).sort(semver.compare);
    const yanked = published.filter((v) => index.versions[v].yanked);
    const direct = demands.length === 1 && demands[0].from === WORKSPACE;
    if (direct) {
      return new GotongError('GOTONG_E_NO_MATCHING_VERSION', t('install.resolve.noMatch', { name, range: demands[0].range }), {
        hint: publishedHint('install.resolve.noMatch.hint', name, published, yanked),
        details: { module: name, demands, published, yanked },
      });
    }
    return new GotongError('GOTONG_E_RESOLVE_CONFLICT', t('install.resolve.conflict', { name, demands: describeDemands(demands) }), {
      hint: publishedHint('install.resolve.conflict.hint', name, published, yanked),
      details: { module: name, demands, published, yanked },
    });
  }

  /** Resolves the names in `pending` (in order); true when all could be selected. */
  async solve(pending: string[]): Promise<boolean> {
    if (++this.steps > MAX_STEPS) {
      throw new GotongError('GOTONG_E_RESOLVE_CONFLICT', t('install.resolve.tooTangled'), {
        hint: t('install.resolve.tooTangled.hint'),
      });
    }
    const queue = pending.filter((n) => !this.selected.has(n));
    if (queue.length === 0) return true;
    const [name, ...rest] = queue;
    const index = await this.input.loadIndex(name);
    const demands = this.demandsOf(name);
    const options = this.candidates(index, demands);
    if (options.length === 0) {
      this.firstConflict ??= this.conflict(name, index, demands);
      return false;
    }
    for (const version of options) {
      const entry = index.versions[version];
      const added: string[] = [];
      let clash = false;
      for (const [dep, range] of Object.entries(entry.dependencies ?? {})) {
        this.demandsOf(dep).push({ from: `${name}@${version}`, range });
        added.push(dep);
        const chosen = this.selected.get(dep);
        if (chosen && !semver.satisfies(chosen.version, range)) {
          clash = true;
          this.firstConflict ??= new GotongError('GOTONG_E_RESOLVE_CONFLICT', t('install.resolve.conflict', { name: dep, demands: describeDemands(this.demandsOf(dep)) }), {
            hint: t('install.resolve.conflict.hintChosen', { name: dep, version: chosen.version }),
            details: { module: dep, demands: copyDemands(this.demandsOf(dep)) },
          });
        }
      }
      if (!clash) {
        this.selected.set(name, { name, version, entry });
        const next = [...rest, ...Object.keys(entry.dependencies ?? {}).sort()];
        this.input.prefetch?.(next.filter((n) => !this.selected.has(n)));
        if (await this.solve(next)) return true;
        this.selected.delete(name);
      }
      for (const dep of added) this.demandsOf(dep).pop();
    }
    return false;
  }

  async run(): Promise<Resolution> {
    const names = Object.keys(this.input.requested).sort();
    for (const name of names) this.demandsOf(name).push({ from: WORKSPACE, range: this.input.requested[name] });
    this.input.prefetch?.(names);
    if (!(await this.solve(names))) {
      throw this.firstConflict ?? new GotongError('GOTONG_E_RESOLVE_CONFLICT', t('install.resolve.failed'), { hint: t('install.resolve.failed.hint') });
    }
    return { modules: new Map([...this.selected.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  }
}

export function resolveDependencies(input: ResolveInput): Promise<Resolution> {
  return new Search(input).run();
}
