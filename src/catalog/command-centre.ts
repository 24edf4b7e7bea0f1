// The command-centre model (issue 15): which city runs which version of which
// module, from the newest signed adoption record of each workspace, judged
// against the signed module indexes and advisories. Pure: no I/O, no HTML;
// pages-command-centre.ts draws it and command-centre.json carries it to the
// page's refresh script. Each (module, version) is judged once and cached, so
// 500 cities x 1,000 modules cost one map look-up per cell.
import semver from 'semver';
import { affects, severityRank } from '../manifest/advisory-files.js';
import type { Advisory, AdoptionRecord, Severity } from '../manifest/types.js';
import type { AdoptionInput } from './model.js';
import type { CatalogView, ModuleView } from './view.js';

/** Worst last: a cell shows the worst status of the versions a city runs. */
export const CELL_STATUSES = ['current', 'outdated', 'unknown', 'yanked', 'affected'] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];

/** A city whose newest report is older than this, counted back from the build, is marked as stale. */
export const STALE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export interface CellVersion {
  version: string;
  status: CellStatus;
  /** Ids of the advisories that cover this version. */
  advisories: string[];
  /** The highest severity among them, else null. */
  severity: Severity | null;
  /** The workspaces of the city that run it. */
  workspaces: string[];
}

export interface Cell {
  /** The worst status of its versions. */
  status: CellStatus;
  /** Worst first. */
  versions: CellVersion[];
}

export interface CityRow {
  name: string;
  displayName: string;
  /** The newest report of any of its workspaces (ISO). */
  reportedAt: string;
  stale: boolean;
  workspaces: Array<{ workspace: string; reportedAt: string }>;
}

export interface NotifyEntry {
  namespace: string;
  workspace: string;
  version: string;
  reason: 'affected' | 'yanked';
  advisories: string[];
  /** The newest version that is neither yanked, deprecated nor affected, else null. */
  fix: string | null;
}

export interface ModuleRow {
  name: string;
  /** Present when the registry has the module. */
  module: ModuleView | undefined;
  /** The version the catalog calls latest, null when the module is not in the registry. */
  latest: string | null;
  advisories: Advisory[];
  /** The adopters to tell: workspaces whose version is affected or yanked. */
  notify: NotifyEntry[];
}

export interface CommandCentre {
  generatedAt: string;
  /** Sorted by namespace. */
  cities: CityRow[];
  /** Sorted by full name: every module some city reported. */
  modules: ModuleRow[];
  /** cells[module][city], undefined where the city does not run the module. */
  cells: Array<Array<Cell | undefined>>;
  counts: Record<CellStatus, number>;
  records: number;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const rank = (status: CellStatus) => CELL_STATUSES.indexOf(status);

/** One record per workspace: the newest, where a registry somehow holds two. */
function newestPerWorkspace(records: AdoptionRecord[]): AdoptionRecord[] {
  const newest = new Map<string, AdoptionRecord>();
  for (const record of records) {
    const key = `${record.namespace}/${record.workspace}`;
    const seen = newest.get(key);
    if (!seen || Date.parse(record.reportedAt) > Date.parse(seen.reportedAt)) newest.set(key, record);
  }
  return [...newest.values()];
}

interface Judgement {
  status: CellStatus;
  advisories: string[];
  severity: Severity | null;
  fix: string | null;
}

function judge(row: ModuleRow, version: string): Judgement {
  const covering = row.advisories.filter((a) => affects(a, version));
  const severity = covering.reduce<Severity | null>((worst, a) => (worst === null || severityRank(a.severity) > severityRank(worst) ? a.severity : worst), null);
  const advisories = covering.map((a) => a.id);
  const module = row.module;
  const entry = module?.versions.find((v) => v.version === version);
  let status: CellStatus;
  if (covering.length > 0) status = 'affected';
  else if (entry?.yanked) status = 'yanked';
  else if (!entry || !row.latest) status = 'unknown';
  else if (semver.valid(version) && semver.valid(row.latest) && semver.lt(version, row.latest)) status = 'outdated';
  else status = 'current';
  let fix: string | null = null;
  if (module && (status === 'affected' || status === 'yanked') && semver.valid(version)) {
    // Versions are newest first: the newest safe one above the running version, a stable one if there is any.
    const safe = module.versions.filter((v) => semver.valid(v.version) && semver.gt(v.version, version) && !v.yanked && !v.deprecated && !row.advisories.some((a) => affects(a, v.version)));
    fix = (safe.find((v) => semver.prerelease(v.version) === null) ?? safe[0])?.version ?? null;
  }
  return { status, advisories, severity, fix };
}

export function planCommandCentre(view: CatalogView, adoption: AdoptionInput | undefined): CommandCentre {
  const records = newestPerWorkspace(adoption?.records ?? []);
  const advisoriesOf = new Map<string, Advisory[]>();
  for (const { module, advisories } of adoption?.advisories ?? []) advisoriesOf.set(module, [...(advisoriesOf.get(module) ?? []), ...advisories]);

  const cityByName = new Map<string, CityRow>();
  const moduleNames = new Set<string>();
  for (const record of records) {
    let city = cityByName.get(record.namespace);
    if (!city) {
      city = { name: record.namespace, displayName: view.namespaceByName.get(record.namespace)?.displayName ?? record.namespace, reportedAt: '', stale: false, workspaces: [] };
      cityByName.set(record.namespace, city);
    }
    city.workspaces.push({ workspace: record.workspace, reportedAt: record.reportedAt });
    if (!city.reportedAt || Date.parse(record.reportedAt) > Date.parse(city.reportedAt)) city.reportedAt = record.reportedAt;
    for (const name of Object.keys(record.modules)) moduleNames.add(name);
  }
  const generated = Date.parse(view.registry.generatedAt);
  const cities = [...cityByName.values()].sort((a, b) => byText(a.name, b.name));
  for (const city of cities) {
    city.workspaces.sort((a, b) => byText(a.workspace, b.workspace));
    city.stale = Number.isFinite(generated) && generated - Date.parse(city.reportedAt) > STALE_AFTER_MS;
  }
  const cityIndex = new Map(cities.map((c, i) => [c.name, i]));

  const modules: ModuleRow[] = [...moduleNames].sort(byText).map((name) => {
    const module = view.byName.get(name);
    return { name, module, latest: module && !module.allYanked ? module.shown.version : null, advisories: advisoriesOf.get(name) ?? [], notify: [] };
  });
  const moduleIndex = new Map(modules.map((m, i) => [m.name, i]));
  const cells: Array<Array<Cell | undefined>> = modules.map(() => new Array<Cell | undefined>(cities.length));
  const judged = new Map<string, Judgement>();

  for (const record of records.sort((a, b) => byText(`${a.namespace}/${a.workspace}`, `${b.namespace}/${b.workspace}`))) {
    const c = cityIndex.get(record.namespace)!;
    for (const [name, version] of Object.entries(record.modules)) {
      const m = moduleIndex.get(name)!;
      const row = modules[m];
      const key = `${name}@${version}`;
      let judgement = judged.get(key);
      if (!judgement) {
        judgement = judge(row, version);
        judged.set(key, judgement);
      }
      const cell = (cells[m][c] ??= { status: judgement.status, versions: [] });
      let entry = cell.versions.find((v) => v.version === version);
      if (!entry) {
        entry = { version, status: judgement.status, advisories: judgement.advisories, severity: judgement.severity, workspaces: [] };
        cell.versions.push(entry);
        if (rank(judgement.status) > rank(cell.status)) cell.status = judgement.status;
      }
      entry.workspaces.push(record.workspace);
      if (judgement.status === 'affected' || judgement.status === 'yanked') {
        row.notify.push({ namespace: record.namespace, workspace: record.workspace, version, reason: judgement.status, advisories: judgement.advisories, fix: judgement.fix });
      }
    }
  }

  const counts = Object.fromEntries(CELL_STATUSES.map((s) => [s, 0])) as Record<CellStatus, number>;
  for (const row of cells) {
    for (const cell of row) {
      if (!cell) continue;
      counts[cell.status] += 1;
      if (cell.versions.length > 1) cell.versions.sort((a, b) => rank(b.status) - rank(a.status) || byText(a.version, b.version));
    }
  }
  return { generatedAt: view.registry.generatedAt, cities, modules, cells, counts, records: records.length };
}

export interface NotifyGroup {
  reason: NotifyEntry['reason'];
  version: string;
  advisories: string[];
  fix: string | null;
  /** `namespace/workspace` of each adopter in the group. */
  adopters: string[];
}

/** A module's adopters to notify, grouped by what they must be told (same version, reason, advisories and fix). */
export function notifyGroups(row: ModuleRow): NotifyGroup[] {
  const groups = new Map<string, NotifyGroup>();
  for (const n of row.notify) {
    const key = `${n.reason}|${n.version}|${n.advisories.join(',')}|${n.fix ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = { reason: n.reason, version: n.version, advisories: n.advisories, fix: n.fix, adopters: [] };
      groups.set(key, group);
    }
    group.adopters.push(`${n.namespace}/${n.workspace}`);
  }
  return [...groups.values()];
}

/** The namespaces to tell about a module, each once, in order. */
export function citiesToNotify(row: ModuleRow): string[] {
  return [...new Set(row.notify.map((n) => n.namespace))];
}

export const COMMAND_CENTRE_FORMAT = 'gotong-command-centre';
export const COMMAND_CENTRE_FORMAT_VERSION = 1;

/**
 * command-centre.json: what the page shows, for its refresh script and for
 * other dashboards. Cells are compact rows so 500,000 of them stay a file a
 * browser can fetch: [module index, city index, version, status, advisory ids, workspaces].
 */
export function commandCentreJson(centre: CommandCentre, registry: CatalogView['registry']): unknown {
  const cells: Array<[number, number, string, CellStatus, string[], string[]]> = [];
  centre.cells.forEach((row, m) =>
    row.forEach((cell, c) => {
      if (cell) for (const v of cell.versions) cells.push([m, c, v.version, v.status, v.advisories, v.workspaces]);
    }),
  );
  return {
    format: COMMAND_CENTRE_FORMAT,
    formatVersion: COMMAND_CENTRE_FORMAT_VERSION,
    registry: { name: registry.name, rootSha256: registry.rootSha256 },
    generatedAt: centre.generatedAt,
    records: centre.records,
    counts: centre.counts,
    cities: centre.cities.map((c) => ({ name: c.name, displayName: c.displayName, reportedAt: c.reportedAt, stale: c.stale, workspaces: c.workspaces })),
    modules: centre.modules.map((m) => ({
      name: m.name,
      inRegistry: m.module !== undefined,
      latest: m.latest,
      advisories: m.advisories.map((a) => ({ id: a.id, range: a.range, severity: a.severity, summary: a.summary, fixedIn: a.fixedIn })),
      notify: m.notify,
    })),
    cells,
  };
}
