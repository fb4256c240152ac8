// `npm run deps`: fails when the source has an import cycle (type-only imports included), with the
// modules of each. Part of `npm test`, beside the typecheck and the lint.
import { fileURLToPath } from 'node:url';
import { importCycles, importGraph } from './lib/importGraph.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const graph = importGraph(root, ['src', 'scripts', 'bench']);
const cycles = importCycles(graph);
if (cycles.length > 0) {
  console.error(`deps: ${cycles.length} import cycle${cycles.length === 1 ? '' : 's'} (type-only imports count too; move the shared types to where both sides can import them):`);
  for (const c of cycles) console.error(`  ${c.join(' ⇄ ')}`);
  process.exit(1);
}
console.log(`deps: ${graph.size} modules, no import cycle`);
