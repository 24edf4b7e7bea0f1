// The shape of a synthetic registry, decided before any byte is written: which
// namespaces and modules it holds, each module's versions and dependency
// ranges, and the apps (workspaces) that install from it with the versions
// the resolver must arrive at. Pure: no I/O, same seed, same plan.
//
// Closure modules 0..N-1 form nested apps: app50 needs exactly modules 0..49,
// app200 exactly 0..199, app1000 exactly 0..999 (the sizes are flags). A
// module depends only on earlier ones, and every version of a module names
// the same dependencies, so an app's closure does not depend on the versions
// chosen. Each module draws from its own random stream, so modules 0..49 are
// byte for byte the same in a 100-module registry and a 10,000-module one.
//
// Ranges leave the resolver real choices: several versions fit most ranges
// (the newest fitting one wins), a quarter of the modules are used at major 2
// while 1.x versions exist, a few 1.0.0 versions are yanked, and some modules
// are "traps": their newest 1.x version asks for a major of a direct
// dependency that the workspace rules out, so the resolver must step back to
// the older version.
import { intBetween, pick, stream } from './random.js';

export const REGIONS = [
  'bandung', 'kuburaya', 'bogor', 'garut', 'sleman', 'badung', 'sambas', 'malang', 'makassar', 'medan', 'padang', 'pontianak',
  'semarang', 'surabaya', 'denpasar', 'banjarmasin', 'ambon', 'jayapura', 'kupang', 'mataram', 'palu', 'kendari', 'bengkulu', 'jambi',
];
const TOPICS = [
  'musrenbang', 'sipd', 'perizinan', 'pajak-daerah', 'retribusi', 'kepegawaian', 'absensi', 'arsip', 'surat', 'aduan', 'bansos',
  'kesehatan', 'posyandu', 'sekolah', 'ppdb', 'pasar', 'umkm', 'pariwisata', 'lalu-lintas', 'parkir', 'cctv', 'bencana', 'peta',
  'wilayah', 'kependudukan', 'anggaran', 'aset', 'pengadaan', 'perpustakaan', 'beasiswa',
];
const PARTS = ['portal', 'api', 'dasbor', 'ui', 'data', 'layanan', 'mobile', 'admin', 'laporan', 'sinkron'];
const KINDS = ['app', 'library', 'data', 'service', 'ui'];
const CATEGORIES = ['perencanaan', 'keuangan', 'kepegawaian', 'pelayanan-publik', 'kesehatan', 'pendidikan', 'ekonomi', 'smart-city', 'identitas', 'data-referensi'];

/** Namespace names: the 24 regions first, then generated member names up to 550. */
export function namespaceNames(count) {
  return Array.from({ length: count }, (_, i) => {
    const region = REGIONS[i % REGIONS.length];
    return i < REGIONS.length ? region : `${i % 2 ? 'kab' : 'kota'}-${region}-${Math.floor(i / REGIONS.length)}`;
  });
}

function descriptive(random, namespace, topic) {
  const kind = pick(random, KINDS);
  return {
    description: { id: `Modul ${topic.replace(/-/g, ' ')} (${kind}) dari ${namespace}.`, en: `${topic.replace(/-/g, ' ')} module (${kind}) from ${namespace}.` },
    type: kind,
    category: pick(random, CATEGORIES),
    keywords: [topic, namespace],
    license: pick(random, ['Apache-2.0', 'MIT', 'EUPL-1.2']),
    publisher: `Diskominfo ${namespace}`,
  };
}

function rangeFor(random, dep) {
  if (dep.major === 2) return pick(random, ['^2.0.0', '>=1.0.0 <3.0.0', '2.x']);
  if (dep.trap) return pick(random, ['^1.0.0', '1.x', '>=1.0.0 <2.0.0']);
  if (dep.update) return pick(random, ['^1.0.0', '^1.1.0']);
  return pick(random, ['^1.0.0', '^1.1.0', '~1.1.0', '1.x']);
}

/**
 * @param {object} o
 * @param {number} o.seed
 * @param {number} o.modules       modules in the registry, all kinds together
 * @param {number[]} o.apps        closure sizes of the apps, ascending (e.g. [50, 200, 1000]); those larger than `modules` are dropped
 * @param {number} [o.namespaces]  default: between 24 and 550, about 18 modules each
 * @param {number} [o.fillerVersions] versions of each module outside the apps
 * @param {'small'|'full'} [o.fillerContent] their content (default small: three short files)
 * @param {boolean} [o.large]      add one large module (@bandung/arsip-besar)
 * @param {number} [o.updateApp]   the app whose workspace gets a module that can be updated (default: the second app)
 */
export function planRegistry(o) {
  const appSizes = o.apps.filter((size) => size <= o.modules - (o.large ? 1 : 0));
  const closureSize = appSizes.length ? appSizes[appSizes.length - 1] : 0;
  const nsCount = o.namespaces ?? Math.min(550, Math.max(REGIONS.length, Math.ceil(o.modules / 18)));
  const namespaces = namespaceNames(nsCount);
  const fillerVersions = o.fillerVersions ?? 2;

  // 1. The closure graph: dependencies by index, majors.
  const nodes = [];
  const orphans = [];
  for (let i = 0; i < closureSize; i++) {
    const random = stream(o.seed, `closure:${i}`);
    const topic = pick(random, TOPICS);
    const namespace = REGIONS[i % REGIONS.length];
    const node = {
      index: i,
      namespace,
      short: `${topic}-${pick(random, PARTS)}-${i}`,
      topic,
      major: random() < 0.25 ? 2 : 1,
      deps: [],
      dependents: [],
      trap: null,
      update: false,
      yankFirst: random() < 0.05,
      info: descriptive(random, namespace, topic),
    };
    if (i > 0) {
      const count = Math.min(i, intBetween(random, 1, 3));
      const deps = new Set();
      if (orphans.length > 0 && random() < 0.8) deps.add(orphans[Math.floor(random() * orphans.length)]);
      while (deps.size < count) deps.add(i - 1 - Math.floor(random() * Math.min(i, 80)));
      node.deps = [...deps].sort((a, b) => a - b);
      for (const j of node.deps) {
        nodes[j].dependents.push(i);
        const at = orphans.indexOf(j);
        if (at !== -1) orphans.splice(at, 1);
      }
    }
    orphans.push(i);
    nodes.push(node);
  }
  for (const node of nodes) node.name = `@${node.namespace}/${node.short}`;

  // 2. Each app requests the modules of its closure that nothing in it needs,
  //    plus everything the smaller apps request (so traps stay cheap to escape).
  const apps = [];
  let previous = [];
  let start = 0;
  for (const size of appSizes) {
    const requested = new Set(previous);
    for (let i = 0; i < size; i++) if (!nodes[i].dependents.some((k) => k < size)) requested.add(i);
    // Traps: a module of this tier that something needs and the workspace does
    // not request; its 1.1.0 asks for the other major of a requested module.
    const requestedList = [...requested].sort((a, b) => a - b);
    for (let i = start; i < size; i++) {
      const node = nodes[i];
      const random = stream(o.seed, `trap:${i}`);
      if (node.major !== 1 || requested.has(i) || !node.dependents.some((k) => k < size) || random() >= 0.06) continue;
      const target = nodes[pick(random, requestedList)];
      if (target.index === i) continue;
      node.trap = { name: target.name, index: target.index };
    }
    apps.push({ name: `app${size}`, size, requested: requestedList });
    previous = requestedList;
    start = size;
  }
  // The module the "one module updated" scenario moves from ~1.1.0 to ~1.2.0:
  // requested by the update app but not by any smaller one, at major 1.
  const updateAppIndex = o.updateApp ?? Math.min(1, apps.length - 1);
  let update = null;
  if (apps.length > 1 && updateAppIndex > 0) {
    const app = apps[updateAppIndex];
    const lower = new Set(apps[updateAppIndex - 1].requested);
    const candidate = app.requested.find((i) => !lower.has(i) && nodes[i].major === 1 && i >= apps[updateAppIndex - 1].size);
    if (candidate !== undefined) {
      nodes[candidate].update = true;
      update = { app: app.name, name: nodes[candidate].name, from: '~1.1.0', to: '~1.2.0', version: '1.2.0' };
    }
  }

  // 3. Versions and ranges.
  const modules = [];
  for (const node of nodes) {
    const random = stream(o.seed, `ranges:${node.index}`);
    const dependencies = {};
    for (const j of node.deps) dependencies[nodes[j].name] = rangeFor(random, nodes[j]);
    const solution = node.trap ? '1.0.0' : node.major === 2 ? '2.0.0' : '1.1.0';
    const numbers = node.update ? ['1.0.0', '1.1.0', '1.2.0', '2.0.0'] : ['1.0.0', '1.1.0', '2.0.0'];
    const versions = numbers.map((version) => {
      const deps = { ...dependencies };
      if (node.trap && version === '1.1.0') deps[node.trap.name] = nodes[node.trap.index].major === 1 ? '^2.0.0' : '^1.0.0';
      return {
        version,
        dependencies: deps,
        content: version === solution || (node.update && version === '1.2.0') ? 'full' : 'small',
        yanked: version === '1.0.0' && solution !== '1.0.0' && node.yankFirst,
      };
    });
    modules.push({ name: node.name, namespace: node.namespace, short: node.short, topic: node.topic, kind: 'closure', index: node.index, solution, info: node.info, versions });
  }

  // 4. Modules outside the apps: small, a version or two, a few dependencies among themselves.
  const fillerStart = closureSize;
  const fillerEnd = o.modules - (o.large ? 1 : 0);
  for (let i = fillerStart; i < fillerEnd; i++) {
    const random = stream(o.seed, `filler:${i}`);
    const topic = pick(random, TOPICS);
    const namespace = namespaces[i % nsCount];
    const short = `${topic}-${pick(random, PARTS)}-f${i}`;
    const dependencies = {};
    if (i > fillerStart && random() < 0.5) {
      const j = i - 1 - Math.floor(random() * Math.min(i - fillerStart, 100));
      dependencies[modules[j].name] = '^1.0.0';
    }
    const info = descriptive(random, namespace, topic);
    const versions = Array.from({ length: fillerVersions }, (_, v) => ({ version: `1.${v}.0`, dependencies, content: o.fillerContent ?? 'small', yanked: false }));
    modules.push({ name: `@${namespace}/${short}`, namespace, short, topic, kind: 'filler', index: i, solution: null, info, versions });
  }
  if (o.large) {
    const random = stream(o.seed, 'large');
    modules.push({
      name: '@bandung/arsip-besar', namespace: 'bandung', short: 'arsip-besar', topic: 'arsip', kind: 'large', index: o.modules - 1, solution: '1.0.0',
      info: descriptive(random, 'bandung', 'arsip'),
      versions: [{ version: '1.0.0', dependencies: {}, content: 'large', yanked: false }],
    });
  }

  // 5. Workspaces: ranges that pin each requested module's major, and the versions expected.
  const workspaceRange = (node) => (node.major === 2 ? '^2.0.0' : node.update ? '~1.1.0' : pick(stream(o.seed, `ws:${node.index}`), ['^1.0.0', '^1.1.0']));
  const appsOut = apps.map((app) => ({
    name: app.name,
    size: app.size,
    requested: Object.fromEntries(app.requested.map((i) => [nodes[i].name, workspaceRange(nodes[i])])),
    solution: Object.fromEntries(modules.slice(0, app.size).map((m) => [m.name, m.solution])),
  }));
  const used = new Set(modules.map((m) => m.namespace));
  return {
    seed: o.seed,
    namespaces: namespaces.filter((ns) => used.has(ns)),
    modules,
    apps: appsOut,
    update,
    traps: nodes.filter((n) => n.trap).length,
  };
}
