// `npm run deps`: fails when the source has an import cycle (type-only imports included), or a module
// imports across a layer it must not, with each. Part of `npm test`, beside the typecheck and the lint.
import { fileURLToPath } from 'node:url';
import { importCycles, importGraph, layerViolations, type LayerRule } from './lib/importGraph.ts';

/** The story is data: the model knows no view state, no language of the interface and no colour. */
const RULES: readonly LayerRule[] = [
  {
    from: 'src/story/',
    not: ['src/state/', 'src/i18n/', 'src/theme/', 'src/app/', 'src/map/', 'src/panel/'],
    why: 'story/ is the pure model',
  },
  {
    from: 'src/lib/',
    not: ['src/app/', 'src/map/', 'src/panel/', 'src/state/'],
    why: 'lib/ is small helpers with no feature in them',
  },
];

const root = fileURLToPath(new URL('..', import.meta.url));
const graph = importGraph(root, ['src', 'scripts', 'bench']);
const cycles = importCycles(graph);
if (cycles.length > 0) {
  console.error(
    `deps: ${cycles.length} import cycle${cycles.length === 1 ? '' : 's'} (type-only imports count too; move the shared types to where both sides can import them):`,
  );
  for (const c of cycles) console.error(`  ${c.join(' ⇄ ')}`);
  process.exit(1);
}
const crossings = layerViolations(graph, RULES);
if (crossings.length > 0) {
  console.error(`deps: ${crossings.length} import${crossings.length === 1 ? '' : 's'} across a layer:`);
  for (const c of crossings) console.error(`  ${c}`);
  process.exit(1);
}
console.log(`deps: ${graph.size} modules, no import cycle, no import across a layer`);
