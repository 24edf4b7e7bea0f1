// The benchmark's bulk generator (bench/lib/generate.js) writes registries
// through RegistryWriter in one signing round per namespace: what it makes
// must be a registry `gotong registry verify` accepts, whose apps resolve to
// the versions the plan says, and whose small app is the same in a small and
// a larger registry.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveDependencies } from '../../src/install/resolve.js';
import { parseModuleIndex } from '../../src/manifest/module-index.js';
import { checkOutEverything } from '../../src/registry/namespaces.js';
import { DirectorySource } from '../../src/registry/source.js';
import { verifyRegistry } from '../../src/trust/verify-registry.js';
import { makeWorld } from '../helpers/env.js';

type Plan = { modules: Array<{ name: string; versions: unknown[] }>; apps: Array<{ name: string; requested: Record<string, string>; solution: Record<string, string> }> };
const lib = (file: string) => new URL(`../../bench/lib/${file}`, import.meta.url).href;
const { planRegistry } = (await import(lib('plan.js'))) as { planRegistry(o: Record<string, unknown>): Plan };
const { generateRegistry } = (await import(lib('generate.js'))) as {
  generateRegistry(o: Record<string, unknown>): Promise<{ url: string; stats: { modules: number; versions: number } }>;
};

const world = makeWorld('gotong-bench-gen-');
afterAll(() => world.cleanup());
const content = { files: 6, fileBytes: 300, largeFiles: 20, largeBytes: 20_000 };

describe('the benchmark registry generator', () => {
  it('makes a registry that verifies, with apps that resolve as planned', async () => {
    const planOptions = { seed: 7, modules: 40, apps: [10, 25], large: true };
    const plan = planRegistry(planOptions);
    const generated = await generateRegistry({ planOptions, dir: world.path('small'), content });
    expect(generated.stats.modules).toBe(40);
    const clone = world.path('clone');
    execFileSync('git', ['clone', '--quiet', generated.url, clone]);
    // Each namespace's files are on a branch of their own, linked from main as a publish leaves them.
    const links = execFileSync('git', ['-C', clone, 'ls-tree', 'HEAD', 'targets/'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(links.length).toBeGreaterThan(1);
    expect(links.filter((l) => !l.endsWith('\ttargets/.keep')).every((l) => l.startsWith('160000 commit '))).toBe(true);
    await checkOutEverything(clone, 'HEAD');
    const result = await verifyRegistry(new DirectorySource(clone, 'generated registry'));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.targets).toBe(generated.stats.versions + 40);

    const indexes = new Map<string, ReturnType<typeof parseModuleIndex>>();
    for (const line of execFileSync('git', ['-C', clone, 'ls-files', 'targets'], { encoding: 'utf8' }).split('\n').filter((l) => l.endsWith('.index.json'))) {
      const [, ns, short] = line.split('/');
      indexes.set(`@${ns}/${short}`, parseModuleIndex(readFileSync(join(clone, line)), `@${ns}/${short}`));
    }
    for (const app of plan.apps) {
      const resolution = await resolveDependencies({ requested: app.requested, locked: {}, loadIndex: async (name) => indexes.get(name)! });
      expect(Object.fromEntries([...resolution.modules].map(([name, m]) => [name, m.version]))).toEqual(app.solution);
    }
  });

  it('plans the small app the same way whatever else the registry holds', () => {
    const small = planRegistry({ seed: 7, modules: 40, apps: [10, 25] });
    const large = planRegistry({ seed: 7, modules: 2_000, apps: [10, 25, 200] });
    expect(large.modules.slice(0, 10)).toEqual(small.modules.slice(0, 10));
    expect(large.apps[0]).toEqual(small.apps[0]);
  });
});
