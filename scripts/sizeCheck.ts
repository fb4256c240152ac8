/**
 * `npm run size`: what the first view of the built app (dist/) downloads, by kind, against budgets.
 * It fails, naming the kind, when one grows past its budget; run after `npm run build` (npm test does).
 * Text files count gzip-compressed at level 9, as a server sends them; fonts count as they are (woff2
 * is compressed already). A budget is raised on purpose, in scripts/budgets.json, with the reason in the commit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  bytesByKind,
  FILE_KINDS,
  firstViewFiles,
  fontsOf,
  overBudget,
  type Budgets,
  type FileKind,
} from './lib/firstView.ts';

const DIST = process.argv[2] ?? 'dist';
const BUDGETS = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')) as {
  readonly firstView: Budgets;
};

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`size: no ${DIST}/index.html; run npm run build first`);
  process.exit(1);
}
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const files: { path: string; kind: FileKind }[] = firstViewFiles(html);
// Two workers start with the first view (MapLibre's, and the GPU probe of src/lib/whenGpuReady.ts);
// the page names neither, and the build gives each a fixed prefix.
const WORKERS = [/^maplibre-gl-worker-.*\.m?js$/u, /^gpuProbe\.worker-.*\.js$/u];
const assets = readdirSync(join(DIST, 'assets'));
for (const worker of WORKERS) {
  const found = assets.filter((name) => worker.test(name));
  // A worker renamed would otherwise drop out of the budget without a word.
  if (found.length === 0) {
    console.error(`size: no worker in ${DIST}/assets matches ${String(worker)}; update scripts/sizeCheck.ts`);
    process.exit(1);
  }
  for (const name of found) files.push({ path: `assets/${name}`, kind: 'javascript' });
}
for (const css of files.filter((f) => f.kind === 'css')) {
  for (const font of fontsOf(readFileSync(join(DIST, css.path), 'utf8')))
    files.push({ path: posix.join(dirname(css.path), font), kind: 'fonts' });
}
const sized = [...new Map(files.map((f) => [f.path, f])).values()].map((f) => {
  const raw = readFileSync(join(DIST, f.path));
  return { ...f, bytes: f.kind === 'fonts' ? raw.byteLength : gzipSync(raw, { level: 9 }).byteLength };
});
const totals = bytesByKind(sized);
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`.padStart(9);
console.log('First view, by kind (gzip; fonts as woff2):');
for (const kind of FILE_KINDS) {
  console.log(`  ${kind.padEnd(10)} ${kb(totals[kind])}  budget ${kb(BUDGETS.firstView[kind])}`);
  for (const f of sized.filter((x) => x.kind === kind)) console.log(`    ${kb(f.bytes)}  ${f.path}`);
}
const over = overBudget(totals, BUDGETS.firstView);
if (over.length > 0) {
  for (const line of over) console.error(`size: ${line}`);
  process.exit(1);
}
console.log('size: every kind is within its budget');
