/**
 * Before `vite build` (npm run build): makes the build's slow products, each in a worker thread, side
 * by side, into the build cache: the Nastaliq font's subset and each story's country shapes. The
 * build's plugins then find them there. A rebuild with nothing changed takes them from the cache.
 */
import { readFileSync } from 'node:fs';
import { nastaliqText } from './nastaliqText.ts';
import { checkedPackages } from './storiesPlugin.ts';
import { NASTALIQ_WOFF2, subsetProduct } from './subsetFontPlugin.ts';
import { shapesProduct } from './worldShapesPlugin.ts';

const started = performance.now();
const timed = async (what: string, product: Promise<{ readonly bytes: Uint8Array; readonly hit: boolean }>) => {
  const { bytes, hit } = await product;
  return `${what}: ${Math.round(bytes.byteLength / 1024)} kB${hit ? ' (cached)' : ''}`;
};
const lines = await Promise.all([
  timed('Nastaliq font subset', subsetProduct(new Uint8Array(readFileSync(NASTALIQ_WOFF2)), nastaliqText())),
  ...checkedPackages().map((pkg) => timed(`shapes for ${pkg.slug}`, shapesProduct(pkg))),
]);
console.log(`prepared in ${((performance.now() - started) / 1000).toFixed(1)} s: ${lines.join('; ')}`);
