// Real module tarballs for the synthetic registry: gotong.json, a README and
// source-like files, written with gotong's own tar writer and gzip, so they
// are exactly what `gotong pack` would produce for such a folder (but for the
// gzip level: 6 here, to keep generation fast).
import { gzipSync } from 'node:zlib';
import { compareUtf8 } from '../../dist/archive/extract.js';
import { PACK_MTIME } from '../../dist/archive/pack.js';
import { encodeTar } from '../../dist/archive/tar.js';
import { intBetween, pick, sourceLikeText, stream } from './random.js';

const DIRS = ['src', 'src/api', 'src/ui', 'src/data', 'public', 'public/css', 'db/migrations', 'docs'];
const EXT = ['js', 'ts', 'json', 'sql', 'css', 'html', 'md'];

/**
 * @typedef {{ files: number, fileBytes: number, largeFiles: number, largeBytes: number }} ContentOptions
 * full: `files` files averaging `fileBytes`; small: three short files;
 * large: `largeFiles` files summing to about `largeBytes`.
 */

function manifest(module, version) {
  return Buffer.from(`${JSON.stringify({
    name: module.name,
    version: version.version,
    description: module.info.description,
    type: module.info.type,
    category: module.info.category,
    license: module.info.license,
    dependencies: version.dependencies,
  }, null, 2)}\n`);
}

function readme(module, version) {
  return Buffer.from(
    `# ${module.name}\n\nModul **${module.topic}** versi ${version.version} untuk pemerintah daerah.\n\n` +
    `## Pemasangan\n\n\`\`\`sh\ngotong install ${module.name}\n\`\`\`\n\n| Lingkungan | Versi |\n|:--|--:|\n| PostgreSQL | 14 |\n| Node.js | 20 |\n`,
  );
}

/** The files of one module version, sorted as the packer sorts them. */
export function moduleFiles(seed, module, version, options) {
  const random = stream(seed, `content:${module.name}@${version.version}`);
  const files = new Map();
  files.set('gotong.json', manifest(module, version));
  files.set('README.md', readme(module, version));
  if (version.content === 'small') {
    files.set('index.js', sourceLikeText(random, intBetween(random, 150, 450)));
  } else if (version.content === 'full') {
    for (let i = files.size; i < options.files; i++) {
      const size = intBetween(random, 200, Math.max(400, 2 * options.fileBytes - 200));
      files.set(`${pick(random, DIRS)}/${module.topic}-${i}.${pick(random, EXT)}`, sourceLikeText(random, size));
    }
  } else {
    const average = Math.floor(options.largeBytes / options.largeFiles);
    for (let i = files.size; i < options.largeFiles; i++) {
      const size = intBetween(random, Math.floor(average / 2), Math.floor((average * 3) / 2));
      files.set(`data/${String(i % 50).padStart(2, '0')}/arsip-${i}.txt`, sourceLikeText(random, size));
    }
  }
  return [...files.entries()]
    .sort(([a], [b]) => compareUtf8(a, b))
    .map(([path, data]) => ({ path, data, mode: 0o644 }));
}

export function moduleTarball(seed, module, version, options) {
  const files = moduleFiles(seed, module, version, options);
  const tar = Buffer.concat(encodeTar(files, { mtime: PACK_MTIME }));
  const bytes = gzipSync(tar, { level: 6 });
  bytes[9] = 0xff;
  return { bytes, fileCount: files.length, unpackedBytes: files.reduce((sum, f) => sum + f.data.length, 0) };
}
